// @generated
impl serde::Serialize for ArchiveTaskRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_name.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ArchiveTaskRequest", len)?;
        if let Some(v) = self.task_name.as_ref() {
            struct_ser.serialize_field("taskName", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArchiveTaskRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_name",
            "taskName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskName,
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
                            "taskName" | "task_name" => Ok(GeneratedField::TaskName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArchiveTaskRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ArchiveTaskRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArchiveTaskRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskName => {
                            if task_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskName"));
                            }
                            task_name__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ArchiveTaskRequest {
                    task_name: task_name__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ArchiveTaskRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ArchiveTaskResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.archive_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ArchiveTaskResponse", len)?;
        if let Some(v) = self.archive_time.as_ref() {
            struct_ser.serialize_field("archiveTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ArchiveTaskResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "archive_time",
            "archiveTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ArchiveTime,
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
                            "archiveTime" | "archive_time" => Ok(GeneratedField::ArchiveTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ArchiveTaskResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ArchiveTaskResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ArchiveTaskResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut archive_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ArchiveTime => {
                            if archive_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("archiveTime"));
                            }
                            archive_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ArchiveTaskResponse {
                    archive_time: archive_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ArchiveTaskResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CacheBehavior {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "CACHE_BEHAVIOR_UNSPECIFIED",
            Self::Disabled => "CACHE_BEHAVIOR_DISABLED",
            Self::Enabled => "CACHE_BEHAVIOR_ENABLED",
            Self::Overwrite => "CACHE_BEHAVIOR_OVERWRITE",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for CacheBehavior {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "CACHE_BEHAVIOR_UNSPECIFIED",
            "CACHE_BEHAVIOR_DISABLED",
            "CACHE_BEHAVIOR_ENABLED",
            "CACHE_BEHAVIOR_OVERWRITE",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CacheBehavior;

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
                    "CACHE_BEHAVIOR_UNSPECIFIED" => Ok(CacheBehavior::Unspecified),
                    "CACHE_BEHAVIOR_DISABLED" => Ok(CacheBehavior::Disabled),
                    "CACHE_BEHAVIOR_ENABLED" => Ok(CacheBehavior::Enabled),
                    "CACHE_BEHAVIOR_OVERWRITE" => Ok(CacheBehavior::Overwrite),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for CachePolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.behavior != 0 {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        if !self.ignored_inputs.is_empty() {
            len += 1;
        }
        if self.serialize {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.CachePolicy", len)?;
        if self.behavior != 0 {
            let v = CacheBehavior::try_from(self.behavior)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.behavior)))?;
            struct_ser.serialize_field("behavior", &v)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        if !self.ignored_inputs.is_empty() {
            struct_ser.serialize_field("ignoredInputs", &self.ignored_inputs)?;
        }
        if self.serialize {
            struct_ser.serialize_field("serialize", &self.serialize)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CachePolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "behavior",
            "version",
            "ignored_inputs",
            "ignoredInputs",
            "serialize",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Behavior,
            Version,
            IgnoredInputs,
            Serialize,
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
                            "behavior" => Ok(GeneratedField::Behavior),
                            "version" => Ok(GeneratedField::Version),
                            "ignoredInputs" | "ignored_inputs" => Ok(GeneratedField::IgnoredInputs),
                            "serialize" => Ok(GeneratedField::Serialize),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CachePolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.CachePolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CachePolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut behavior__ = None;
                let mut version__ = None;
                let mut ignored_inputs__ = None;
                let mut serialize__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Behavior => {
                            if behavior__.is_some() {
                                return Err(serde::de::Error::duplicate_field("behavior"));
                            }
                            behavior__ = Some(map_.next_value::<CacheBehavior>()? as i32);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IgnoredInputs => {
                            if ignored_inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ignoredInputs"));
                            }
                            ignored_inputs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Serialize => {
                            if serialize__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serialize"));
                            }
                            serialize__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CachePolicy {
                    behavior: behavior__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                    ignored_inputs: ignored_inputs__.unwrap_or_default(),
                    serialize: serialize__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.CachePolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ContainerSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.image.is_empty() {
            len += 1;
        }
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.args.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if self.resources.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ContainerSpec", len)?;
        if !self.image.is_empty() {
            struct_ser.serialize_field("image", &self.image)?;
        }
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.args.is_empty() {
            struct_ser.serialize_field("args", &self.args)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if let Some(v) = self.resources.as_ref() {
            struct_ser.serialize_field("resources", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ContainerSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "image",
            "command",
            "args",
            "env",
            "resources",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Image,
            Command,
            Args,
            Env,
            Resources,
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
                            "command" => Ok(GeneratedField::Command),
                            "args" => Ok(GeneratedField::Args),
                            "env" => Ok(GeneratedField::Env),
                            "resources" => Ok(GeneratedField::Resources),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ContainerSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ContainerSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ContainerSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut image__ = None;
                let mut command__ = None;
                let mut args__ = None;
                let mut env__ = None;
                let mut resources__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Args => {
                            if args__.is_some() {
                                return Err(serde::de::Error::duplicate_field("args"));
                            }
                            args__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Resources => {
                            if resources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resources"));
                            }
                            resources__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ContainerSpec {
                    image: image__.unwrap_or_default(),
                    command: command__.unwrap_or_default(),
                    args: args__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    resources: resources__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ContainerSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeployTaskRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_id.is_some() {
            len += 1;
        }
        if self.spec.is_some() {
            len += 1;
        }
        if self.environment.is_some() {
            len += 1;
        }
        if self.labels.is_some() {
            len += 1;
        }
        if self.annotations.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.DeployTaskRequest", len)?;
        if let Some(v) = self.task_id.as_ref() {
            struct_ser.serialize_field("taskId", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if let Some(v) = self.environment.as_ref() {
            struct_ser.serialize_field("environment", v)?;
        }
        if let Some(v) = self.labels.as_ref() {
            struct_ser.serialize_field("labels", v)?;
        }
        if let Some(v) = self.annotations.as_ref() {
            struct_ser.serialize_field("annotations", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeployTaskRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_id",
            "taskId",
            "spec",
            "environment",
            "labels",
            "annotations",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskId,
            Spec,
            Environment,
            Labels,
            Annotations,
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
                            "taskId" | "task_id" => Ok(GeneratedField::TaskId),
                            "spec" => Ok(GeneratedField::Spec),
                            "environment" => Ok(GeneratedField::Environment),
                            "labels" => Ok(GeneratedField::Labels),
                            "annotations" => Ok(GeneratedField::Annotations),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeployTaskRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.DeployTaskRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeployTaskRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_id__ = None;
                let mut spec__ = None;
                let mut environment__ = None;
                let mut labels__ = None;
                let mut annotations__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskId => {
                            if task_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskId"));
                            }
                            task_id__ = map_.next_value()?;
                        }
                        GeneratedField::Spec => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("spec"));
                            }
                            spec__ = map_.next_value()?;
                        }
                        GeneratedField::Environment => {
                            if environment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environment"));
                            }
                            environment__ = map_.next_value()?;
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = map_.next_value()?;
                        }
                        GeneratedField::Annotations => {
                            if annotations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("annotations"));
                            }
                            annotations__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DeployTaskRequest {
                    task_id: task_id__,
                    spec: spec__,
                    environment: environment__,
                    labels: labels__,
                    annotations: annotations__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.DeployTaskRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeployTaskResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.DeployTaskResponse", len)?;
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeployTaskResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Task,
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
                            "task" => Ok(GeneratedField::Task),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeployTaskResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.DeployTaskResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeployTaskResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DeployTaskResponse {
                    task: task__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.DeployTaskResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DrainReplicaRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.replica_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.DrainReplicaRequest", len)?;
        if let Some(v) = self.replica_id.as_ref() {
            struct_ser.serialize_field("replicaId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DrainReplicaRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replica_id",
            "replicaId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ReplicaId,
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
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DrainReplicaRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.DrainReplicaRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DrainReplicaRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replica_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DrainReplicaRequest {
                    replica_id: replica_id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.DrainReplicaRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DrainReplicaResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.replica.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.DrainReplicaResponse", len)?;
        if let Some(v) = self.replica.as_ref() {
            struct_ser.serialize_field("replica", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DrainReplicaResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replica",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Replica,
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
                            "replica" => Ok(GeneratedField::Replica),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DrainReplicaResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.DrainReplicaResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DrainReplicaResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replica__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Replica => {
                            if replica__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replica"));
                            }
                            replica__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DrainReplicaResponse {
                    replica: replica__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.DrainReplicaResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EnvVar {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.value.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.EnvVar", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.value.is_empty() {
            struct_ser.serialize_field("value", &self.value)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnvVar {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "value",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Value,
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
                            "name" => Ok(GeneratedField::Name),
                            "value" => Ok(GeneratedField::Value),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnvVar;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.EnvVar")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EnvVar, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EnvVar {
                    name: name__.unwrap_or_default(),
                    value: value__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.EnvVar", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Environment {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment_id.is_some() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        if !self.image.is_empty() {
            len += 1;
        }
        if self.resources.is_some() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if !self.secrets.is_empty() {
            len += 1;
        }
        if self.reuse_policy.is_some() {
            len += 1;
        }
        if self.deploy_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.Environment", len)?;
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        if !self.image.is_empty() {
            struct_ser.serialize_field("image", &self.image)?;
        }
        if let Some(v) = self.resources.as_ref() {
            struct_ser.serialize_field("resources", v)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if !self.secrets.is_empty() {
            struct_ser.serialize_field("secrets", &self.secrets)?;
        }
        if let Some(v) = self.reuse_policy.as_ref() {
            struct_ser.serialize_field("reusePolicy", v)?;
        }
        if let Some(v) = self.deploy_time.as_ref() {
            struct_ser.serialize_field("deployTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Environment {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment_id",
            "environmentId",
            "description",
            "image",
            "resources",
            "env",
            "secrets",
            "reuse_policy",
            "reusePolicy",
            "deploy_time",
            "deployTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnvironmentId,
            Description,
            Image,
            Resources,
            Env,
            Secrets,
            ReusePolicy,
            DeployTime,
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
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
                            "description" => Ok(GeneratedField::Description),
                            "image" => Ok(GeneratedField::Image),
                            "resources" => Ok(GeneratedField::Resources),
                            "env" => Ok(GeneratedField::Env),
                            "secrets" => Ok(GeneratedField::Secrets),
                            "reusePolicy" | "reuse_policy" => Ok(GeneratedField::ReusePolicy),
                            "deployTime" | "deploy_time" => Ok(GeneratedField::DeployTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Environment;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.Environment")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Environment, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment_id__ = None;
                let mut description__ = None;
                let mut image__ = None;
                let mut resources__ = None;
                let mut env__ = None;
                let mut secrets__ = None;
                let mut reuse_policy__ = None;
                let mut deploy_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Resources => {
                            if resources__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resources"));
                            }
                            resources__ = map_.next_value()?;
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Secrets => {
                            if secrets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secrets"));
                            }
                            secrets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReusePolicy => {
                            if reuse_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reusePolicy"));
                            }
                            reuse_policy__ = map_.next_value()?;
                        }
                        GeneratedField::DeployTime => {
                            if deploy_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployTime"));
                            }
                            deploy_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Environment {
                    environment_id: environment_id__,
                    description: description__.unwrap_or_default(),
                    image: image__.unwrap_or_default(),
                    resources: resources__,
                    env: env__.unwrap_or_default(),
                    secrets: secrets__.unwrap_or_default(),
                    reuse_policy: reuse_policy__,
                    deploy_time: deploy_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.Environment", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EnvironmentIdentifier {
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
        if !self.project.is_empty() {
            len += 1;
        }
        if !self.domain.is_empty() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.version.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.EnvironmentIdentifier", len)?;
        if !self.org.is_empty() {
            struct_ser.serialize_field("org", &self.org)?;
        }
        if !self.project.is_empty() {
            struct_ser.serialize_field("project", &self.project)?;
        }
        if !self.domain.is_empty() {
            struct_ser.serialize_field("domain", &self.domain)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.version.is_empty() {
            struct_ser.serialize_field("version", &self.version)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnvironmentIdentifier {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "org",
            "project",
            "domain",
            "name",
            "version",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Org,
            Project,
            Domain,
            Name,
            Version,
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
                            "project" => Ok(GeneratedField::Project),
                            "domain" => Ok(GeneratedField::Domain),
                            "name" => Ok(GeneratedField::Name),
                            "version" => Ok(GeneratedField::Version),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnvironmentIdentifier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.EnvironmentIdentifier")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EnvironmentIdentifier, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut org__ = None;
                let mut project__ = None;
                let mut domain__ = None;
                let mut name__ = None;
                let mut version__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Org => {
                            if org__.is_some() {
                                return Err(serde::de::Error::duplicate_field("org"));
                            }
                            org__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Project => {
                            if project__.is_some() {
                                return Err(serde::de::Error::duplicate_field("project"));
                            }
                            project__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Version => {
                            if version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("version"));
                            }
                            version__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EnvironmentIdentifier {
                    org: org__.unwrap_or_default(),
                    project: project__.unwrap_or_default(),
                    domain: domain__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    version: version__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.EnvironmentIdentifier", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEnvironmentRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.GetEnvironmentRequest", len)?;
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEnvironmentRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment_id",
            "environmentId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnvironmentId,
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
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEnvironmentRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.GetEnvironmentRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEnvironmentRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetEnvironmentRequest {
                    environment_id: environment_id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.GetEnvironmentRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEnvironmentResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.GetEnvironmentResponse", len)?;
        if let Some(v) = self.environment.as_ref() {
            struct_ser.serialize_field("environment", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEnvironmentResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Environment,
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
                            "environment" => Ok(GeneratedField::Environment),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEnvironmentResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.GetEnvironmentResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEnvironmentResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Environment => {
                            if environment__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environment"));
                            }
                            environment__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetEnvironmentResponse {
                    environment: environment__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.GetEnvironmentResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTaskRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_id.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.GetTaskRequest", len)?;
        if let Some(v) = self.task_id.as_ref() {
            struct_ser.serialize_field("taskId", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTaskRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_id",
            "taskId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskId,
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
                            "taskId" | "task_id" => Ok(GeneratedField::TaskId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetTaskRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.GetTaskRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTaskRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskId => {
                            if task_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskId"));
                            }
                            task_id__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetTaskRequest {
                    task_id: task_id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.GetTaskRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetTaskResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.GetTaskResponse", len)?;
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetTaskResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Task,
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
                            "task" => Ok(GeneratedField::Task),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetTaskResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.GetTaskResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetTaskResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetTaskResponse {
                    task: task__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.GetTaskResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListEnvironmentsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.request.is_some() {
            len += 1;
        }
        if self.scope.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListEnvironmentsRequest", len)?;
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        if let Some(v) = self.scope.as_ref() {
            match v {
                list_environments_request::Scope::Project(v) => {
                    struct_ser.serialize_field("project", v)?;
                }
                list_environments_request::Scope::Domain(v) => {
                    struct_ser.serialize_field("domain", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListEnvironmentsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "request",
            "project",
            "domain",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Request,
            Project,
            Domain,
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
                            "request" => Ok(GeneratedField::Request),
                            "project" => Ok(GeneratedField::Project),
                            "domain" => Ok(GeneratedField::Domain),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListEnvironmentsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListEnvironmentsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListEnvironmentsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut request__ = None;
                let mut scope__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                        GeneratedField::Project => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("project"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(list_environments_request::Scope::Project)
;
                        }
                        GeneratedField::Domain => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(list_environments_request::Scope::Domain)
;
                        }
                    }
                }
                Ok(ListEnvironmentsRequest {
                    request: request__,
                    scope: scope__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListEnvironmentsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListEnvironmentsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.environments.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListEnvironmentsResponse", len)?;
        if !self.environments.is_empty() {
            struct_ser.serialize_field("environments", &self.environments)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListEnvironmentsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environments",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Environments,
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
                            "environments" => Ok(GeneratedField::Environments),
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
            type Value = ListEnvironmentsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListEnvironmentsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListEnvironmentsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environments__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Environments => {
                            if environments__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environments"));
                            }
                            environments__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListEnvironmentsResponse {
                    environments: environments__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListEnvironmentsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListReplicasRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment_id.is_some() {
            len += 1;
        }
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListReplicasRequest", len)?;
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReplicasRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment_id",
            "environmentId",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnvironmentId,
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
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
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
            type Value = ListReplicasRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListReplicasRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListReplicasRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment_id__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListReplicasRequest {
                    environment_id: environment_id__,
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListReplicasRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListReplicasResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.replicas.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListReplicasResponse", len)?;
        if !self.replicas.is_empty() {
            struct_ser.serialize_field("replicas", &self.replicas)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListReplicasResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replicas",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Replicas,
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
                            "replicas" => Ok(GeneratedField::Replicas),
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
            type Value = ListReplicasResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListReplicasResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListReplicasResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replicas__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Replicas => {
                            if replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicas"));
                            }
                            replicas__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListReplicasResponse {
                    replicas: replicas__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListReplicasResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTaskVersionsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_name.is_some() {
            len += 1;
        }
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListTaskVersionsRequest", len)?;
        if let Some(v) = self.task_name.as_ref() {
            struct_ser.serialize_field("taskName", v)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTaskVersionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_name",
            "taskName",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskName,
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
                            "taskName" | "task_name" => Ok(GeneratedField::TaskName),
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
            type Value = ListTaskVersionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListTaskVersionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTaskVersionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_name__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskName => {
                            if task_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskName"));
                            }
                            task_name__ = map_.next_value()?;
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListTaskVersionsRequest {
                    task_name: task_name__,
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListTaskVersionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTaskVersionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tasks.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListTaskVersionsResponse", len)?;
        if !self.tasks.is_empty() {
            struct_ser.serialize_field("tasks", &self.tasks)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTaskVersionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tasks",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tasks,
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
                            "tasks" => Ok(GeneratedField::Tasks),
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
            type Value = ListTaskVersionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListTaskVersionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTaskVersionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tasks__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tasks => {
                            if tasks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tasks"));
                            }
                            tasks__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListTaskVersionsResponse {
                    tasks: tasks__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListTaskVersionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTasksRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.request.is_some() {
            len += 1;
        }
        if self.include_archived {
            len += 1;
        }
        if self.scope.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListTasksRequest", len)?;
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        if self.include_archived {
            struct_ser.serialize_field("includeArchived", &self.include_archived)?;
        }
        if let Some(v) = self.scope.as_ref() {
            match v {
                list_tasks_request::Scope::Project(v) => {
                    struct_ser.serialize_field("project", v)?;
                }
                list_tasks_request::Scope::Domain(v) => {
                    struct_ser.serialize_field("domain", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTasksRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "request",
            "include_archived",
            "includeArchived",
            "project",
            "domain",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Request,
            IncludeArchived,
            Project,
            Domain,
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
                            "request" => Ok(GeneratedField::Request),
                            "includeArchived" | "include_archived" => Ok(GeneratedField::IncludeArchived),
                            "project" => Ok(GeneratedField::Project),
                            "domain" => Ok(GeneratedField::Domain),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ListTasksRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListTasksRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTasksRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut request__ = None;
                let mut include_archived__ = None;
                let mut scope__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                        GeneratedField::IncludeArchived => {
                            if include_archived__.is_some() {
                                return Err(serde::de::Error::duplicate_field("includeArchived"));
                            }
                            include_archived__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Project => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("project"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(list_tasks_request::Scope::Project)
;
                        }
                        GeneratedField::Domain => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(list_tasks_request::Scope::Domain)
;
                        }
                    }
                }
                Ok(ListTasksRequest {
                    request: request__,
                    include_archived: include_archived__.unwrap_or_default(),
                    scope: scope__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListTasksRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListTasksResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tasks.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ListTasksResponse", len)?;
        if !self.tasks.is_empty() {
            struct_ser.serialize_field("tasks", &self.tasks)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListTasksResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tasks",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Tasks,
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
                            "tasks" => Ok(GeneratedField::Tasks),
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
            type Value = ListTasksResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ListTasksResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListTasksResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tasks__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tasks => {
                            if tasks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tasks"));
                            }
                            tasks__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListTasksResponse {
                    tasks: tasks__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ListTasksResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PluginConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.name.is_empty() {
            len += 1;
        }
        if self.config.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.PluginConfig", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.config.as_ref() {
            struct_ser.serialize_field("config", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PluginConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "config",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Config,
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
                            "name" => Ok(GeneratedField::Name),
                            "config" => Ok(GeneratedField::Config),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PluginConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.PluginConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PluginConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut config__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Config => {
                            if config__.is_some() {
                                return Err(serde::de::Error::duplicate_field("config"));
                            }
                            config__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PluginConfig {
                    name: name__.unwrap_or_default(),
                    config: config__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.PluginConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PodTemplate {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.pod_spec.is_some() {
            len += 1;
        }
        if !self.primary_container_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.PodTemplate", len)?;
        if let Some(v) = self.pod_spec.as_ref() {
            struct_ser.serialize_field("podSpec", v)?;
        }
        if !self.primary_container_name.is_empty() {
            struct_ser.serialize_field("primaryContainerName", &self.primary_container_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PodTemplate {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "pod_spec",
            "podSpec",
            "primary_container_name",
            "primaryContainerName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PodSpec,
            PrimaryContainerName,
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
                            "podSpec" | "pod_spec" => Ok(GeneratedField::PodSpec),
                            "primaryContainerName" | "primary_container_name" => Ok(GeneratedField::PrimaryContainerName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PodTemplate;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.PodTemplate")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PodTemplate, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut pod_spec__ = None;
                let mut primary_container_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PodSpec => {
                            if pod_spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("podSpec"));
                            }
                            pod_spec__ = map_.next_value()?;
                        }
                        GeneratedField::PrimaryContainerName => {
                            if primary_container_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("primaryContainerName"));
                            }
                            primary_container_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(PodTemplate {
                    pod_spec: pod_spec__,
                    primary_container_name: primary_container_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.PodTemplate", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Replica {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.replica_id.is_some() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if !self.state_message.is_empty() {
            len += 1;
        }
        if self.run_id.is_some() {
            len += 1;
        }
        if !self.active_attempts.is_empty() {
            len += 1;
        }
        if self.create_time.is_some() {
            len += 1;
        }
        if self.ready_time.is_some() {
            len += 1;
        }
        if self.last_active_time.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.Replica", len)?;
        if let Some(v) = self.replica_id.as_ref() {
            struct_ser.serialize_field("replicaId", v)?;
        }
        if self.state != 0 {
            let v = ReplicaState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.state_message.is_empty() {
            struct_ser.serialize_field("stateMessage", &self.state_message)?;
        }
        if let Some(v) = self.run_id.as_ref() {
            struct_ser.serialize_field("runId", v)?;
        }
        if !self.active_attempts.is_empty() {
            struct_ser.serialize_field("activeAttempts", &self.active_attempts)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        if let Some(v) = self.ready_time.as_ref() {
            struct_ser.serialize_field("readyTime", v)?;
        }
        if let Some(v) = self.last_active_time.as_ref() {
            struct_ser.serialize_field("lastActiveTime", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Replica {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replica_id",
            "replicaId",
            "state",
            "state_message",
            "stateMessage",
            "run_id",
            "runId",
            "active_attempts",
            "activeAttempts",
            "create_time",
            "createTime",
            "ready_time",
            "readyTime",
            "last_active_time",
            "lastActiveTime",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ReplicaId,
            State,
            StateMessage,
            RunId,
            ActiveAttempts,
            CreateTime,
            ReadyTime,
            LastActiveTime,
            Error,
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
                            "replicaId" | "replica_id" => Ok(GeneratedField::ReplicaId),
                            "state" => Ok(GeneratedField::State),
                            "stateMessage" | "state_message" => Ok(GeneratedField::StateMessage),
                            "runId" | "run_id" => Ok(GeneratedField::RunId),
                            "activeAttempts" | "active_attempts" => Ok(GeneratedField::ActiveAttempts),
                            "createTime" | "create_time" => Ok(GeneratedField::CreateTime),
                            "readyTime" | "ready_time" => Ok(GeneratedField::ReadyTime),
                            "lastActiveTime" | "last_active_time" => Ok(GeneratedField::LastActiveTime),
                            "error" => Ok(GeneratedField::Error),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Replica;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.Replica")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Replica, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replica_id__ = None;
                let mut state__ = None;
                let mut state_message__ = None;
                let mut run_id__ = None;
                let mut active_attempts__ = None;
                let mut create_time__ = None;
                let mut ready_time__ = None;
                let mut last_active_time__ = None;
                let mut error__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ReplicaId => {
                            if replica_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicaId"));
                            }
                            replica_id__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<ReplicaState>()? as i32);
                        }
                        GeneratedField::StateMessage => {
                            if state_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stateMessage"));
                            }
                            state_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RunId => {
                            if run_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runId"));
                            }
                            run_id__ = map_.next_value()?;
                        }
                        GeneratedField::ActiveAttempts => {
                            if active_attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("activeAttempts"));
                            }
                            active_attempts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                        GeneratedField::ReadyTime => {
                            if ready_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("readyTime"));
                            }
                            ready_time__ = map_.next_value()?;
                        }
                        GeneratedField::LastActiveTime => {
                            if last_active_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastActiveTime"));
                            }
                            last_active_time__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Replica {
                    replica_id: replica_id__,
                    state: state__.unwrap_or_default(),
                    state_message: state_message__.unwrap_or_default(),
                    run_id: run_id__,
                    active_attempts: active_attempts__.unwrap_or_default(),
                    create_time: create_time__,
                    ready_time: ready_time__,
                    last_active_time: last_active_time__,
                    error: error__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.Replica", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReplicaIdentifier {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment_id.is_some() {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ReplicaIdentifier", len)?;
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaIdentifier {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment_id",
            "environmentId",
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnvironmentId,
            Name,
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
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
                            "name" => Ok(GeneratedField::Name),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReplicaIdentifier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ReplicaIdentifier")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReplicaIdentifier, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment_id__ = None;
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ReplicaIdentifier {
                    environment_id: environment_id__,
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ReplicaIdentifier", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReplicaState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REPLICA_STATE_UNSPECIFIED",
            Self::Pending => "REPLICA_STATE_PENDING",
            Self::Starting => "REPLICA_STATE_STARTING",
            Self::Ready => "REPLICA_STATE_READY",
            Self::Draining => "REPLICA_STATE_DRAINING",
            Self::Terminated => "REPLICA_STATE_TERMINATED",
            Self::Failed => "REPLICA_STATE_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReplicaState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REPLICA_STATE_UNSPECIFIED",
            "REPLICA_STATE_PENDING",
            "REPLICA_STATE_STARTING",
            "REPLICA_STATE_READY",
            "REPLICA_STATE_DRAINING",
            "REPLICA_STATE_TERMINATED",
            "REPLICA_STATE_FAILED",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReplicaState;

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
                    "REPLICA_STATE_UNSPECIFIED" => Ok(ReplicaState::Unspecified),
                    "REPLICA_STATE_PENDING" => Ok(ReplicaState::Pending),
                    "REPLICA_STATE_STARTING" => Ok(ReplicaState::Starting),
                    "REPLICA_STATE_READY" => Ok(ReplicaState::Ready),
                    "REPLICA_STATE_DRAINING" => Ok(ReplicaState::Draining),
                    "REPLICA_STATE_TERMINATED" => Ok(ReplicaState::Terminated),
                    "REPLICA_STATE_FAILED" => Ok(ReplicaState::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ReusePolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.min_replicas != 0 {
            len += 1;
        }
        if self.max_replicas != 0 {
            len += 1;
        }
        if self.concurrency != 0 {
            len += 1;
        }
        if self.idle_ttl.is_some() {
            len += 1;
        }
        if self.scope != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.ReusePolicy", len)?;
        if self.min_replicas != 0 {
            struct_ser.serialize_field("minReplicas", &self.min_replicas)?;
        }
        if self.max_replicas != 0 {
            struct_ser.serialize_field("maxReplicas", &self.max_replicas)?;
        }
        if self.concurrency != 0 {
            struct_ser.serialize_field("concurrency", &self.concurrency)?;
        }
        if let Some(v) = self.idle_ttl.as_ref() {
            struct_ser.serialize_field("idleTtl", v)?;
        }
        if self.scope != 0 {
            let v = ReuseScope::try_from(self.scope)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.scope)))?;
            struct_ser.serialize_field("scope", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReusePolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "min_replicas",
            "minReplicas",
            "max_replicas",
            "maxReplicas",
            "concurrency",
            "idle_ttl",
            "idleTtl",
            "scope",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MinReplicas,
            MaxReplicas,
            Concurrency,
            IdleTtl,
            Scope,
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
                            "minReplicas" | "min_replicas" => Ok(GeneratedField::MinReplicas),
                            "maxReplicas" | "max_replicas" => Ok(GeneratedField::MaxReplicas),
                            "concurrency" => Ok(GeneratedField::Concurrency),
                            "idleTtl" | "idle_ttl" => Ok(GeneratedField::IdleTtl),
                            "scope" => Ok(GeneratedField::Scope),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReusePolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.ReusePolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReusePolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut min_replicas__ = None;
                let mut max_replicas__ = None;
                let mut concurrency__ = None;
                let mut idle_ttl__ = None;
                let mut scope__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MinReplicas => {
                            if min_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("minReplicas"));
                            }
                            min_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxReplicas => {
                            if max_replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxReplicas"));
                            }
                            max_replicas__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Concurrency => {
                            if concurrency__.is_some() {
                                return Err(serde::de::Error::duplicate_field("concurrency"));
                            }
                            concurrency__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::IdleTtl => {
                            if idle_ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("idleTtl"));
                            }
                            idle_ttl__ = map_.next_value()?;
                        }
                        GeneratedField::Scope => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scope"));
                            }
                            scope__ = Some(map_.next_value::<ReuseScope>()? as i32);
                        }
                    }
                }
                Ok(ReusePolicy {
                    min_replicas: min_replicas__.unwrap_or_default(),
                    max_replicas: max_replicas__.unwrap_or_default(),
                    concurrency: concurrency__.unwrap_or_default(),
                    idle_ttl: idle_ttl__,
                    scope: scope__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.ReusePolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReuseScope {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "REUSE_SCOPE_UNSPECIFIED",
            Self::Run => "REUSE_SCOPE_RUN",
            Self::EnvironmentVersion => "REUSE_SCOPE_ENVIRONMENT_VERSION",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ReuseScope {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "REUSE_SCOPE_UNSPECIFIED",
            "REUSE_SCOPE_RUN",
            "REUSE_SCOPE_ENVIRONMENT_VERSION",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReuseScope;

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
                    "REUSE_SCOPE_UNSPECIFIED" => Ok(ReuseScope::Unspecified),
                    "REUSE_SCOPE_RUN" => Ok(ReuseScope::Run),
                    "REUSE_SCOPE_ENVIRONMENT_VERSION" => Ok(ReuseScope::EnvironmentVersion),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Task {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_id.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if !self.short_description.is_empty() {
            len += 1;
        }
        if self.spec.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.Task", len)?;
        if let Some(v) = self.task_id.as_ref() {
            struct_ser.serialize_field("taskId", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if !self.short_description.is_empty() {
            struct_ser.serialize_field("shortDescription", &self.short_description)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Task {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_id",
            "taskId",
            "metadata",
            "short_description",
            "shortDescription",
            "spec",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskId,
            Metadata,
            ShortDescription,
            Spec,
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
                            "taskId" | "task_id" => Ok(GeneratedField::TaskId),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "shortDescription" | "short_description" => Ok(GeneratedField::ShortDescription),
                            "spec" => Ok(GeneratedField::Spec),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Task;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.Task")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Task, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_id__ = None;
                let mut metadata__ = None;
                let mut short_description__ = None;
                let mut spec__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskId => {
                            if task_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskId"));
                            }
                            task_id__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::ShortDescription => {
                            if short_description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shortDescription"));
                            }
                            short_description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Spec => {
                            if spec__.is_some() {
                                return Err(serde::de::Error::duplicate_field("spec"));
                            }
                            spec__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Task {
                    task_id: task_id__,
                    metadata: metadata__,
                    short_description: short_description__.unwrap_or_default(),
                    spec: spec__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.Task", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.deploy_time.is_some() {
            len += 1;
        }
        if !self.deployed_by.is_empty() {
            len += 1;
        }
        if self.labels.is_some() {
            len += 1;
        }
        if self.annotations.is_some() {
            len += 1;
        }
        if self.archive_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.TaskMetadata", len)?;
        if let Some(v) = self.deploy_time.as_ref() {
            struct_ser.serialize_field("deployTime", v)?;
        }
        if !self.deployed_by.is_empty() {
            struct_ser.serialize_field("deployedBy", &self.deployed_by)?;
        }
        if let Some(v) = self.labels.as_ref() {
            struct_ser.serialize_field("labels", v)?;
        }
        if let Some(v) = self.annotations.as_ref() {
            struct_ser.serialize_field("annotations", v)?;
        }
        if let Some(v) = self.archive_time.as_ref() {
            struct_ser.serialize_field("archiveTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "deploy_time",
            "deployTime",
            "deployed_by",
            "deployedBy",
            "labels",
            "annotations",
            "archive_time",
            "archiveTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            DeployTime,
            DeployedBy,
            Labels,
            Annotations,
            ArchiveTime,
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
                            "deployTime" | "deploy_time" => Ok(GeneratedField::DeployTime),
                            "deployedBy" | "deployed_by" => Ok(GeneratedField::DeployedBy),
                            "labels" => Ok(GeneratedField::Labels),
                            "annotations" => Ok(GeneratedField::Annotations),
                            "archiveTime" | "archive_time" => Ok(GeneratedField::ArchiveTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.TaskMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut deploy_time__ = None;
                let mut deployed_by__ = None;
                let mut labels__ = None;
                let mut annotations__ = None;
                let mut archive_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::DeployTime => {
                            if deploy_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployTime"));
                            }
                            deploy_time__ = map_.next_value()?;
                        }
                        GeneratedField::DeployedBy => {
                            if deployed_by__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deployedBy"));
                            }
                            deployed_by__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = map_.next_value()?;
                        }
                        GeneratedField::Annotations => {
                            if annotations__.is_some() {
                                return Err(serde::de::Error::duplicate_field("annotations"));
                            }
                            annotations__ = map_.next_value()?;
                        }
                        GeneratedField::ArchiveTime => {
                            if archive_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("archiveTime"));
                            }
                            archive_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TaskMetadata {
                    deploy_time: deploy_time__,
                    deployed_by: deployed_by__.unwrap_or_default(),
                    labels: labels__,
                    annotations: annotations__,
                    archive_time: archive_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.TaskMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.task_type.is_empty() {
            len += 1;
        }
        if !self.short_description.is_empty() {
            len += 1;
        }
        if !self.long_description.is_empty() {
            len += 1;
        }
        if self.interface.is_some() {
            len += 1;
        }
        if self.environment_id.is_some() {
            len += 1;
        }
        if self.plugin.is_some() {
            len += 1;
        }
        if self.retry_policy.is_some() {
            len += 1;
        }
        if self.timeout_policy.is_some() {
            len += 1;
        }
        if self.cache_policy.is_some() {
            len += 1;
        }
        if self.security_context.is_some() {
            len += 1;
        }
        if self.target.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.TaskSpec", len)?;
        if !self.task_type.is_empty() {
            struct_ser.serialize_field("taskType", &self.task_type)?;
        }
        if !self.short_description.is_empty() {
            struct_ser.serialize_field("shortDescription", &self.short_description)?;
        }
        if !self.long_description.is_empty() {
            struct_ser.serialize_field("longDescription", &self.long_description)?;
        }
        if let Some(v) = self.interface.as_ref() {
            struct_ser.serialize_field("interface", v)?;
        }
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        if let Some(v) = self.plugin.as_ref() {
            struct_ser.serialize_field("plugin", v)?;
        }
        if let Some(v) = self.retry_policy.as_ref() {
            struct_ser.serialize_field("retryPolicy", v)?;
        }
        if let Some(v) = self.timeout_policy.as_ref() {
            struct_ser.serialize_field("timeoutPolicy", v)?;
        }
        if let Some(v) = self.cache_policy.as_ref() {
            struct_ser.serialize_field("cachePolicy", v)?;
        }
        if let Some(v) = self.security_context.as_ref() {
            struct_ser.serialize_field("securityContext", v)?;
        }
        if let Some(v) = self.target.as_ref() {
            match v {
                task_spec::Target::Container(v) => {
                    struct_ser.serialize_field("container", v)?;
                }
                task_spec::Target::PodTemplate(v) => {
                    struct_ser.serialize_field("podTemplate", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_type",
            "taskType",
            "short_description",
            "shortDescription",
            "long_description",
            "longDescription",
            "interface",
            "environment_id",
            "environmentId",
            "plugin",
            "retry_policy",
            "retryPolicy",
            "timeout_policy",
            "timeoutPolicy",
            "cache_policy",
            "cachePolicy",
            "security_context",
            "securityContext",
            "container",
            "pod_template",
            "podTemplate",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskType,
            ShortDescription,
            LongDescription,
            Interface,
            EnvironmentId,
            Plugin,
            RetryPolicy,
            TimeoutPolicy,
            CachePolicy,
            SecurityContext,
            Container,
            PodTemplate,
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
                            "taskType" | "task_type" => Ok(GeneratedField::TaskType),
                            "shortDescription" | "short_description" => Ok(GeneratedField::ShortDescription),
                            "longDescription" | "long_description" => Ok(GeneratedField::LongDescription),
                            "interface" => Ok(GeneratedField::Interface),
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
                            "plugin" => Ok(GeneratedField::Plugin),
                            "retryPolicy" | "retry_policy" => Ok(GeneratedField::RetryPolicy),
                            "timeoutPolicy" | "timeout_policy" => Ok(GeneratedField::TimeoutPolicy),
                            "cachePolicy" | "cache_policy" => Ok(GeneratedField::CachePolicy),
                            "securityContext" | "security_context" => Ok(GeneratedField::SecurityContext),
                            "container" => Ok(GeneratedField::Container),
                            "podTemplate" | "pod_template" => Ok(GeneratedField::PodTemplate),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.TaskSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_type__ = None;
                let mut short_description__ = None;
                let mut long_description__ = None;
                let mut interface__ = None;
                let mut environment_id__ = None;
                let mut plugin__ = None;
                let mut retry_policy__ = None;
                let mut timeout_policy__ = None;
                let mut cache_policy__ = None;
                let mut security_context__ = None;
                let mut target__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskType => {
                            if task_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskType"));
                            }
                            task_type__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ShortDescription => {
                            if short_description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("shortDescription"));
                            }
                            short_description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LongDescription => {
                            if long_description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("longDescription"));
                            }
                            long_description__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Interface => {
                            if interface__.is_some() {
                                return Err(serde::de::Error::duplicate_field("interface"));
                            }
                            interface__ = map_.next_value()?;
                        }
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                        GeneratedField::Plugin => {
                            if plugin__.is_some() {
                                return Err(serde::de::Error::duplicate_field("plugin"));
                            }
                            plugin__ = map_.next_value()?;
                        }
                        GeneratedField::RetryPolicy => {
                            if retry_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryPolicy"));
                            }
                            retry_policy__ = map_.next_value()?;
                        }
                        GeneratedField::TimeoutPolicy => {
                            if timeout_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeoutPolicy"));
                            }
                            timeout_policy__ = map_.next_value()?;
                        }
                        GeneratedField::CachePolicy => {
                            if cache_policy__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cachePolicy"));
                            }
                            cache_policy__ = map_.next_value()?;
                        }
                        GeneratedField::SecurityContext => {
                            if security_context__.is_some() {
                                return Err(serde::de::Error::duplicate_field("securityContext"));
                            }
                            security_context__ = map_.next_value()?;
                        }
                        GeneratedField::Container => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("container"));
                            }
                            target__ = map_.next_value::<::std::option::Option<_>>()?.map(task_spec::Target::Container)
;
                        }
                        GeneratedField::PodTemplate => {
                            if target__.is_some() {
                                return Err(serde::de::Error::duplicate_field("podTemplate"));
                            }
                            target__ = map_.next_value::<::std::option::Option<_>>()?.map(task_spec::Target::PodTemplate)
;
                        }
                    }
                }
                Ok(TaskSpec {
                    task_type: task_type__.unwrap_or_default(),
                    short_description: short_description__.unwrap_or_default(),
                    long_description: long_description__.unwrap_or_default(),
                    interface: interface__,
                    environment_id: environment_id__,
                    plugin: plugin__,
                    retry_policy: retry_policy__,
                    timeout_policy: timeout_policy__,
                    cache_policy: cache_policy__,
                    security_context: security_context__,
                    target: target__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.TaskSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UnarchiveTaskRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.task_name.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.UnarchiveTaskRequest", len)?;
        if let Some(v) = self.task_name.as_ref() {
            struct_ser.serialize_field("taskName", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UnarchiveTaskRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task_name",
            "taskName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            TaskName,
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
                            "taskName" | "task_name" => Ok(GeneratedField::TaskName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UnarchiveTaskRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.UnarchiveTaskRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UnarchiveTaskRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::TaskName => {
                            if task_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskName"));
                            }
                            task_name__ = map_.next_value()?;
                        }
                    }
                }
                Ok(UnarchiveTaskRequest {
                    task_name: task_name__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.UnarchiveTaskRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UnarchiveTaskResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.task.v1.UnarchiveTaskResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UnarchiveTaskResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
                            Err(serde::de::Error::unknown_field(value, FIELDS))
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UnarchiveTaskResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.UnarchiveTaskResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UnarchiveTaskResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(UnarchiveTaskResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.UnarchiveTaskResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchReplicasRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.environment_id.is_some() {
            len += 1;
        }
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.WatchReplicasRequest", len)?;
        if let Some(v) = self.environment_id.as_ref() {
            struct_ser.serialize_field("environmentId", v)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchReplicasRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "environment_id",
            "environmentId",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EnvironmentId,
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
                            "environmentId" | "environment_id" => Ok(GeneratedField::EnvironmentId),
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
            type Value = WatchReplicasRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.WatchReplicasRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchReplicasRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut environment_id__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EnvironmentId => {
                            if environment_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("environmentId"));
                            }
                            environment_id__ = map_.next_value()?;
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WatchReplicasRequest {
                    environment_id: environment_id__,
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.WatchReplicasRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchReplicasResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.replicas.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.task.v1.WatchReplicasResponse", len)?;
        if !self.replicas.is_empty() {
            struct_ser.serialize_field("replicas", &self.replicas)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchReplicasResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "replicas",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Replicas,
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
                            "replicas" => Ok(GeneratedField::Replicas),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchReplicasResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.task.v1.WatchReplicasResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchReplicasResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut replicas__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Replicas => {
                            if replicas__.is_some() {
                                return Err(serde::de::Error::duplicate_field("replicas"));
                            }
                            replicas__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(WatchReplicasResponse {
                    replicas: replicas__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.task.v1.WatchReplicasResponse", FIELDS, GeneratedVisitor)
    }
}
