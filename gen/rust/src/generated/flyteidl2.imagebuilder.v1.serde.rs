// @generated
impl serde::Serialize for BuildImageRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.spec.is_some() {
            len += 1;
        }
        if self.force {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.BuildImageRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if self.force {
            struct_ser.serialize_field("force", &self.force)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BuildImageRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "force",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            Force,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "spec" => Ok(GeneratedField::Spec),
                            "force" => Ok(GeneratedField::Force),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BuildImageRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.BuildImageRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BuildImageRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut force__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Spec => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("spec"));
                            }
                            spec__ = map_.next_value()?;
                        }
                        GeneratedField::Force => {
                            if force__.is_some() {
                                return Err(serde::de::Error::duplicate_field("force"));
                            }
                            force__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(BuildImageRequest {
                    id: id__,
                    spec: spec__,
                    force: force__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.BuildImageRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BuildImageResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.image.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.BuildImageResponse", len)?;
        if let Some(v) = self.image.as_ref() {
            struct_ser.serialize_field("image", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BuildImageResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "image" => Ok(GeneratedField::Image),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BuildImageResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.BuildImageResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BuildImageResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = map_.next_value()?;
                        }
                    }
                }
                Ok(BuildImageResponse {
                    image: image__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.BuildImageResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BuildPhase {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "BUILD_PHASE_UNSPECIFIED",
            Self::Queued => "BUILD_PHASE_QUEUED",
            Self::Building => "BUILD_PHASE_BUILDING",
            Self::Optimizing => "BUILD_PHASE_OPTIMIZING",
            Self::Pushing => "BUILD_PHASE_PUSHING",
            Self::Succeeded => "BUILD_PHASE_SUCCEEDED",
            Self::Failed => "BUILD_PHASE_FAILED",
            Self::Cancelled => "BUILD_PHASE_CANCELLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for BuildPhase {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "BUILD_PHASE_UNSPECIFIED",
            "BUILD_PHASE_QUEUED",
            "BUILD_PHASE_BUILDING",
            "BUILD_PHASE_OPTIMIZING",
            "BUILD_PHASE_PUSHING",
            "BUILD_PHASE_SUCCEEDED",
            "BUILD_PHASE_FAILED",
            "BUILD_PHASE_CANCELLED",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BuildPhase;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "BUILD_PHASE_UNSPECIFIED" => Ok(BuildPhase::Unspecified),
                    "BUILD_PHASE_QUEUED" => Ok(BuildPhase::Queued),
                    "BUILD_PHASE_BUILDING" => Ok(BuildPhase::Building),
                    "BUILD_PHASE_OPTIMIZING" => Ok(BuildPhase::Optimizing),
                    "BUILD_PHASE_PUSHING" => Ok(BuildPhase::Pushing),
                    "BUILD_PHASE_SUCCEEDED" => Ok(BuildPhase::Succeeded),
                    "BUILD_PHASE_FAILED" => Ok(BuildPhase::Failed),
                    "BUILD_PHASE_CANCELLED" => Ok(BuildPhase::Cancelled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for BuildStatus {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.phase != 0 {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if self.completed_step_count != 0 {
            len += 1;
        }
        if self.total_step_count != 0 {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if !self.log_uri.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.BuildStatus", len)?;
        if self.phase != 0 {
            let v = BuildPhase::try_from(self.phase)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phase)))?;
            struct_ser.serialize_field("phase", &v)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if self.completed_step_count != 0 {
            struct_ser.serialize_field("completedStepCount", &self.completed_step_count)?;
        }
        if self.total_step_count != 0 {
            struct_ser.serialize_field("totalStepCount", &self.total_step_count)?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if !self.log_uri.is_empty() {
            struct_ser.serialize_field("logUri", &self.log_uri)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BuildStatus {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "phase",
            "message",
            "completed_step_count",
            "completedStepCount",
            "total_step_count",
            "totalStepCount",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "log_uri",
            "logUri",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Phase,
            Message,
            CompletedStepCount,
            TotalStepCount,
            StartTime,
            EndTime,
            LogUri,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "phase" => Ok(GeneratedField::Phase),
                            "message" => Ok(GeneratedField::Message),
                            "completedStepCount" | "completed_step_count" => Ok(GeneratedField::CompletedStepCount),
                            "totalStepCount" | "total_step_count" => Ok(GeneratedField::TotalStepCount),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "logUri" | "log_uri" => Ok(GeneratedField::LogUri),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BuildStatus;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.BuildStatus")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BuildStatus, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut phase__ = None;
                let mut message__ = None;
                let mut completed_step_count__ = None;
                let mut total_step_count__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut log_uri__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value::<BuildPhase>()? as i32);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CompletedStepCount => {
                            if completed_step_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("completedStepCount"));
                            }
                            completed_step_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TotalStepCount => {
                            if total_step_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("totalStepCount"));
                            }
                            total_step_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::StartTime => {
                            if start_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("startTime"));
                            }
                            start_time__ = map_.next_value()?;
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::LogUri => {
                            if log_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logUri"));
                            }
                            log_uri__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(BuildStatus {
                    phase: phase__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    completed_step_count: completed_step_count__.unwrap_or_default(),
                    total_step_count: total_step_count__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    log_uri: log_uri__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.BuildStatus", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelBuildRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.CancelBuildRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelBuildRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelBuildRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.CancelBuildRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelBuildRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CancelBuildRequest {
                    id: id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.CancelBuildRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelBuildResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.image.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.CancelBuildResponse", len)?;
        if let Some(v) = self.image.as_ref() {
            struct_ser.serialize_field("image", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelBuildResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "image" => Ok(GeneratedField::Image),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelBuildResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.CancelBuildResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelBuildResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CancelBuildResponse {
                    image: image__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.CancelBuildResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetImageRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.GetImageRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetImageRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetImageRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.GetImageRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetImageRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetImageRequest {
                    id: id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.GetImageRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetImageResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.image.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.GetImageResponse", len)?;
        if let Some(v) = self.image.as_ref() {
            struct_ser.serialize_field("image", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetImageResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "image" => Ok(GeneratedField::Image),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetImageResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.GetImageResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetImageResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetImageResponse {
                    image: image__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.GetImageResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Image {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.spec.is_some() {
            len += 1;
        }
        if !self.reference.is_empty() {
            len += 1;
        }
        if !self.digest.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if self.status.is_some() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.Image", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if !self.reference.is_empty() {
            struct_ser.serialize_field("reference", &self.reference)?;
        }
        if !self.digest.is_empty() {
            struct_ser.serialize_field("digest", &self.digest)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if let Some(v) = self.status.as_ref() {
            struct_ser.serialize_field("status", v)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Image {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "reference",
            "digest",
            "size_bytes",
            "sizeBytes",
            "status",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            Reference,
            Digest,
            SizeBytes,
            Status,
            CreateTime,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "spec" => Ok(GeneratedField::Spec),
                            "reference" => Ok(GeneratedField::Reference),
                            "digest" => Ok(GeneratedField::Digest),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "status" => Ok(GeneratedField::Status),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Image;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.Image")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Image, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut reference__ = None;
                let mut digest__ = None;
                let mut size_bytes__ = None;
                let mut status__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Spec => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("spec"));
                            }
                            spec__ = map_.next_value()?;
                        }
                        GeneratedField::Reference => {
                            if reference__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reference"));
                            }
                            reference__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Digest => {
                            if digest__.is_some() {
                                return Err(serde::de::Error::duplicate_field("digest"));
                            }
                            digest__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Status => {
                            if status__.is_some() {
                                return Err(serde::de::Error::duplicate_field("status"));
                            }
                            status__ = map_.next_value()?;
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Image {
                    id: id__,
                    spec: spec__,
                    reference: reference__.unwrap_or_default(),
                    digest: digest__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    status: status__,
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.Image", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImageIdentifier {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.org.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.tag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.ImageIdentifier", len)?;
        if !self.org.is_empty() {
            struct_ser.serialize_field("org", &self.org)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.tag.is_empty() {
            struct_ser.serialize_field("tag", &self.tag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageIdentifier {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "org",
            "name",
            "tag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Org,
            Name,
            Tag,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "org" => Ok(GeneratedField::Org),
                            "name" => Ok(GeneratedField::Name),
                            "tag" => Ok(GeneratedField::Tag),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImageIdentifier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.ImageIdentifier")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImageIdentifier, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut org__ = None;
                let mut name__ = None;
                let mut tag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Org => {
                            if org__.is_some() {
                                return Err(serde::de::Error::duplicate_field("org"));
                            }
                            org__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Tag => {
                            if tag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tag"));
                            }
                            tag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ImageIdentifier {
                    org: org__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    tag: tag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.ImageIdentifier", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ImageSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.base_image.is_empty() {
            len += 1;
        }
        if !self.python_version.is_empty() {
            len += 1;
        }
        if !self.python_packages.is_empty() {
            len += 1;
        }
        if !self.extra_index_urls.is_empty() {
            len += 1;
        }
        if !self.apt_packages.is_empty() {
            len += 1;
        }
        if !self.commands.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if !self.platforms.is_empty() {
            len += 1;
        }
        if self.lazy_loading.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.ImageSpec", len)?;
        if !self.base_image.is_empty() {
            struct_ser.serialize_field("baseImage", &self.base_image)?;
        }
        if !self.python_version.is_empty() {
            struct_ser.serialize_field("pythonVersion", &self.python_version)?;
        }
        if !self.python_packages.is_empty() {
            struct_ser.serialize_field("pythonPackages", &self.python_packages)?;
        }
        if !self.extra_index_urls.is_empty() {
            struct_ser.serialize_field("extraIndexUrls", &self.extra_index_urls)?;
        }
        if !self.apt_packages.is_empty() {
            struct_ser.serialize_field("aptPackages", &self.apt_packages)?;
        }
        if !self.commands.is_empty() {
            struct_ser.serialize_field("commands", &self.commands)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if !self.platforms.is_empty() {
            struct_ser.serialize_field("platforms", &self.platforms)?;
        }
        if let Some(v) = self.lazy_loading.as_ref() {
            struct_ser.serialize_field("lazyLoading", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ImageSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "base_image",
            "baseImage",
            "python_version",
            "pythonVersion",
            "python_packages",
            "pythonPackages",
            "extra_index_urls",
            "extraIndexUrls",
            "apt_packages",
            "aptPackages",
            "commands",
            "env",
            "platforms",
            "lazy_loading",
            "lazyLoading",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            BaseImage,
            PythonVersion,
            PythonPackages,
            ExtraIndexUrls,
            AptPackages,
            Commands,
            Env,
            Platforms,
            LazyLoading,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "baseImage" | "base_image" => Ok(GeneratedField::BaseImage),
                            "pythonVersion" | "python_version" => Ok(GeneratedField::PythonVersion),
                            "pythonPackages" | "python_packages" => Ok(GeneratedField::PythonPackages),
                            "extraIndexUrls" | "extra_index_urls" => Ok(GeneratedField::ExtraIndexUrls),
                            "aptPackages" | "apt_packages" => Ok(GeneratedField::AptPackages),
                            "commands" => Ok(GeneratedField::Commands),
                            "env" => Ok(GeneratedField::Env),
                            "platforms" => Ok(GeneratedField::Platforms),
                            "lazyLoading" | "lazy_loading" => Ok(GeneratedField::LazyLoading),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ImageSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.ImageSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ImageSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut base_image__ = None;
                let mut python_version__ = None;
                let mut python_packages__ = None;
                let mut extra_index_urls__ = None;
                let mut apt_packages__ = None;
                let mut commands__ = None;
                let mut env__ = None;
                let mut platforms__ = None;
                let mut lazy_loading__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::BaseImage => {
                            if base_image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("baseImage"));
                            }
                            base_image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PythonVersion => {
                            if python_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pythonVersion"));
                            }
                            python_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PythonPackages => {
                            if python_packages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pythonPackages"));
                            }
                            python_packages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExtraIndexUrls => {
                            if extra_index_urls__.is_some() {
                                return Err(serde::de::Error::duplicate_field("extraIndexUrls"));
                            }
                            extra_index_urls__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AptPackages => {
                            if apt_packages__.is_some() {
                                return Err(serde::de::Error::duplicate_field("aptPackages"));
                            }
                            apt_packages__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Commands => {
                            if commands__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commands"));
                            }
                            commands__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Platforms => {
                            if platforms__.is_some() {
                                return Err(serde::de::Error::duplicate_field("platforms"));
                            }
                            platforms__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LazyLoading => {
                            if lazy_loading__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lazyLoading"));
                            }
                            lazy_loading__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ImageSpec {
                    base_image: base_image__.unwrap_or_default(),
                    python_version: python_version__.unwrap_or_default(),
                    python_packages: python_packages__.unwrap_or_default(),
                    extra_index_urls: extra_index_urls__.unwrap_or_default(),
                    apt_packages: apt_packages__.unwrap_or_default(),
                    commands: commands__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    platforms: platforms__.unwrap_or_default(),
                    lazy_loading: lazy_loading__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.ImageSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LazyLoadingHints {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.snapshotter != 0 {
            len += 1;
        }
        if self.streaming_format != 0 {
            len += 1;
        }
        if !self.prefetch_paths.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.LazyLoadingHints", len)?;
        if self.snapshotter != 0 {
            let v = Snapshotter::try_from(self.snapshotter)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.snapshotter)))?;
            struct_ser.serialize_field("snapshotter", &v)?;
        }
        if self.streaming_format != 0 {
            let v = StreamingFormat::try_from(self.streaming_format)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.streaming_format)))?;
            struct_ser.serialize_field("streamingFormat", &v)?;
        }
        if !self.prefetch_paths.is_empty() {
            struct_ser.serialize_field("prefetchPaths", &self.prefetch_paths)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LazyLoadingHints {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "snapshotter",
            "streaming_format",
            "streamingFormat",
            "prefetch_paths",
            "prefetchPaths",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Snapshotter,
            StreamingFormat,
            PrefetchPaths,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "snapshotter" => Ok(GeneratedField::Snapshotter),
                            "streamingFormat" | "streaming_format" => Ok(GeneratedField::StreamingFormat),
                            "prefetchPaths" | "prefetch_paths" => Ok(GeneratedField::PrefetchPaths),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LazyLoadingHints;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.LazyLoadingHints")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LazyLoadingHints, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut snapshotter__ = None;
                let mut streaming_format__ = None;
                let mut prefetch_paths__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Snapshotter => {
                            if snapshotter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("snapshotter"));
                            }
                            snapshotter__ = Some(map_.next_value::<Snapshotter>()? as i32);
                        }
                        GeneratedField::StreamingFormat => {
                            if streaming_format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("streamingFormat"));
                            }
                            streaming_format__ = Some(map_.next_value::<StreamingFormat>()? as i32);
                        }
                        GeneratedField::PrefetchPaths => {
                            if prefetch_paths__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prefetchPaths"));
                            }
                            prefetch_paths__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LazyLoadingHints {
                    snapshotter: snapshotter__.unwrap_or_default(),
                    streaming_format: streaming_format__.unwrap_or_default(),
                    prefetch_paths: prefetch_paths__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.LazyLoadingHints", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListImagesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.org.is_some() {
            len += 1;
        }
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.ListImagesRequest", len)?;
        if let Some(v) = self.org.as_ref() {
            struct_ser.serialize_field("org", v)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListImagesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "org",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Org,
            Request,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "org" => Ok(GeneratedField::Org),
                            "request" => Ok(GeneratedField::Request),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListImagesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.ListImagesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListImagesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut org__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Org => {
                            if org__.is_some() {
                                return Err(serde::de::Error::duplicate_field("org"));
                            }
                            org__ = map_.next_value()?;
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListImagesRequest {
                    org: org__,
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.ListImagesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListImagesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.images.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.ListImagesResponse", len)?;
        if !self.images.is_empty() {
            struct_ser.serialize_field("images", &self.images)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListImagesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "images",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Images,
            NextPageToken,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "images" => Ok(GeneratedField::Images),
                            "nextPageToken" | "next_page_token" => Ok(GeneratedField::NextPageToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListImagesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.ListImagesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListImagesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut images__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Images => {
                            if images__.is_some() {
                                return Err(serde::de::Error::duplicate_field("images"));
                            }
                            images__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListImagesResponse {
                    images: images__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.ListImagesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Snapshotter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SNAPSHOTTER_UNSPECIFIED",
            Self::Overlayfs => "SNAPSHOTTER_OVERLAYFS",
            Self::Stargz => "SNAPSHOTTER_STARGZ",
            Self::Soci => "SNAPSHOTTER_SOCI",
            Self::Nydus => "SNAPSHOTTER_NYDUS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for Snapshotter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SNAPSHOTTER_UNSPECIFIED",
            "SNAPSHOTTER_OVERLAYFS",
            "SNAPSHOTTER_STARGZ",
            "SNAPSHOTTER_SOCI",
            "SNAPSHOTTER_NYDUS",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Snapshotter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "SNAPSHOTTER_UNSPECIFIED" => Ok(Snapshotter::Unspecified),
                    "SNAPSHOTTER_OVERLAYFS" => Ok(Snapshotter::Overlayfs),
                    "SNAPSHOTTER_STARGZ" => Ok(Snapshotter::Stargz),
                    "SNAPSHOTTER_SOCI" => Ok(Snapshotter::Soci),
                    "SNAPSHOTTER_NYDUS" => Ok(Snapshotter::Nydus),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StreamingFormat {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "STREAMING_FORMAT_UNSPECIFIED",
            Self::Gzip => "STREAMING_FORMAT_GZIP",
            Self::Estargz => "STREAMING_FORMAT_ESTARGZ",
            Self::ZstdChunked => "STREAMING_FORMAT_ZSTD_CHUNKED",
            Self::SociIndex => "STREAMING_FORMAT_SOCI_INDEX",
            Self::NydusRafs => "STREAMING_FORMAT_NYDUS_RAFS",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for StreamingFormat {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "STREAMING_FORMAT_UNSPECIFIED",
            "STREAMING_FORMAT_GZIP",
            "STREAMING_FORMAT_ESTARGZ",
            "STREAMING_FORMAT_ZSTD_CHUNKED",
            "STREAMING_FORMAT_SOCI_INDEX",
            "STREAMING_FORMAT_NYDUS_RAFS",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StreamingFormat;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(formatter, "expected one of: {:?}", &FIELDS)
            }

            fn visit_i64<E>(self, v: i64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Signed(v), &self)
                    })
            }

            fn visit_u64<E>(self, v: u64) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                i32::try_from(v)
                    .ok()
                    .and_then(|x| x.try_into().ok())
                    .ok_or_else(|| {
                        serde::de::Error::invalid_value(serde::de::Unexpected::Unsigned(v), &self)
                    })
            }

            fn visit_str<E>(self, value: &str) -> std::result::Result<Self::Value, E>
            where
                E: serde::de::Error,
            {
                match value {
                    "STREAMING_FORMAT_UNSPECIFIED" => Ok(StreamingFormat::Unspecified),
                    "STREAMING_FORMAT_GZIP" => Ok(StreamingFormat::Gzip),
                    "STREAMING_FORMAT_ESTARGZ" => Ok(StreamingFormat::Estargz),
                    "STREAMING_FORMAT_ZSTD_CHUNKED" => Ok(StreamingFormat::ZstdChunked),
                    "STREAMING_FORMAT_SOCI_INDEX" => Ok(StreamingFormat::SociIndex),
                    "STREAMING_FORMAT_NYDUS_RAFS" => Ok(StreamingFormat::NydusRafs),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for WatchImageRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.id.is_some() {
            len += 1;
        }
        if self.include_logs {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.WatchImageRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if self.include_logs {
            struct_ser.serialize_field("includeLogs", &self.include_logs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchImageRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "include_logs",
            "includeLogs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            IncludeLogs,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "id" => Ok(GeneratedField::Id),
                            "includeLogs" | "include_logs" => Ok(GeneratedField::IncludeLogs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchImageRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.WatchImageRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchImageRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut include_logs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::IncludeLogs => {
                            if include_logs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("includeLogs"));
                            }
                            include_logs__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(WatchImageRequest {
                    id: id__,
                    include_logs: include_logs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.WatchImageRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchImageResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.event.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.imagebuilder.v1.WatchImageResponse", len)?;
        if let Some(v) = self.event.as_ref() {
            match v {
                watch_image_response::Event::Image(v) => {
                    struct_ser.serialize_field("image", v)?;
                }
                watch_image_response::Event::LogLines(v) => {
                    struct_ser.serialize_field("logLines", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchImageResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
            "log_lines",
            "logLines",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
            LogLines,
        }
        impl<'de> serde::Deserialize<'de> for GeneratedField {
            fn deserialize<D>(deserializer: D) -> std::result::Result<GeneratedField, D::Error>
            where
                D: serde::Deserializer<'de>,
            {
                struct GeneratedVisitor;

                impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
                    type Value = GeneratedField;

                    fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(formatter, "expected one of: {:?}", &FIELDS)
                    }

                    #[allow(unused_variables)]
                    fn visit_str<E>(self, value: &str) -> std::result::Result<GeneratedField, E>
                    where
                        E: serde::de::Error,
                    {
                        match value {
                            "image" => Ok(GeneratedField::Image),
                            "logLines" | "log_lines" => Ok(GeneratedField::LogLines),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchImageResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.imagebuilder.v1.WatchImageResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchImageResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_image_response::Event::Image)
;
                        }
                        GeneratedField::LogLines => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logLines"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_image_response::Event::LogLines)
;
                        }
                    }
                }
                Ok(WatchImageResponse {
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.imagebuilder.v1.WatchImageResponse", FIELDS, GeneratedVisitor)
    }
}
