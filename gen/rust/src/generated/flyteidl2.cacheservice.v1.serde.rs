// @generated
impl serde::Serialize for CacheKey {
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
        if !self.cache_version.is_empty() {
            len += 1;
        }
        if !self.inputs_sha256.is_empty() {
            len += 1;
        }
        if !self.interface_sha256.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.CacheKey", len)?;
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        if !self.cache_version.is_empty() {
            struct_ser.serialize_field("cacheVersion", &self.cache_version)?;
        }
        if !self.inputs_sha256.is_empty() {
            struct_ser.serialize_field("inputsSha256", &self.inputs_sha256)?;
        }
        if !self.interface_sha256.is_empty() {
            struct_ser.serialize_field("interfaceSha256", &self.interface_sha256)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CacheKey {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "task",
            "cache_version",
            "cacheVersion",
            "inputs_sha256",
            "inputsSha256",
            "interface_sha256",
            "interfaceSha256",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Task,
            CacheVersion,
            InputsSha256,
            InterfaceSha256,
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
                            "cacheVersion" | "cache_version" => Ok(GeneratedField::CacheVersion),
                            "inputsSha256" | "inputs_sha256" => Ok(GeneratedField::InputsSha256),
                            "interfaceSha256" | "interface_sha256" => Ok(GeneratedField::InterfaceSha256),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CacheKey;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.CacheKey")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CacheKey, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut task__ = None;
                let mut cache_version__ = None;
                let mut inputs_sha256__ = None;
                let mut interface_sha256__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                        GeneratedField::CacheVersion => {
                            if cache_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cacheVersion"));
                            }
                            cache_version__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InputsSha256 => {
                            if inputs_sha256__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputsSha256"));
                            }
                            inputs_sha256__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InterfaceSha256 => {
                            if interface_sha256__.is_some() {
                                return Err(serde::de::Error::duplicate_field("interfaceSha256"));
                            }
                            interface_sha256__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CacheKey {
                    task: task__,
                    cache_version: cache_version__.unwrap_or_default(),
                    inputs_sha256: inputs_sha256__.unwrap_or_default(),
                    interface_sha256: interface_sha256__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.CacheKey", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CachedOutput {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        if self.outputs.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.CachedOutput", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.outputs.as_ref() {
            match v {
                cached_output::Outputs::Literals(v) => {
                    struct_ser.serialize_field("literals", v)?;
                }
                cached_output::Outputs::OutputsUri(v) => {
                    struct_ser.serialize_field("outputsUri", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CachedOutput {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "metadata",
            "literals",
            "outputs_uri",
            "outputsUri",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Metadata,
            Literals,
            OutputsUri,
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
                            "key" => Ok(GeneratedField::Key),
                            "metadata" => Ok(GeneratedField::Metadata),
                            "literals" => Ok(GeneratedField::Literals),
                            "outputsUri" | "outputs_uri" => Ok(GeneratedField::OutputsUri),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CachedOutput;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.CachedOutput")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CachedOutput, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut metadata__ = None;
                let mut outputs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::Literals => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literals"));
                            }
                            outputs__ = map_.next_value::<::std::option::Option<_>>()?.map(cached_output::Outputs::Literals)
;
                        }
                        GeneratedField::OutputsUri => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputsUri"));
                            }
                            outputs__ = map_.next_value::<::std::option::Option<_>>()?.map(cached_output::Outputs::OutputsUri);
                        }
                    }
                }
                Ok(CachedOutput {
                    key: key__,
                    metadata: metadata__,
                    outputs: outputs__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.CachedOutput", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CachedOutputMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.source.is_some() {
            len += 1;
        }
        if self.created_time.is_some() {
            len += 1;
        }
        if self.expires_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.CachedOutputMetadata", len)?;
        if let Some(v) = self.source.as_ref() {
            struct_ser.serialize_field("source", v)?;
        }
        if let Some(v) = self.created_time.as_ref() {
            struct_ser.serialize_field("createdTime", v)?;
        }
        if let Some(v) = self.expires_time.as_ref() {
            struct_ser.serialize_field("expiresTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CachedOutputMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "source",
            "created_time",
            "createdTime",
            "expires_time",
            "expiresTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Source,
            CreatedTime,
            ExpiresTime,
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
                            "source" => Ok(GeneratedField::Source),
                            "createdTime" | "created_time" => Ok(GeneratedField::CreatedTime),
                            "expiresTime" | "expires_time" => Ok(GeneratedField::ExpiresTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CachedOutputMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.CachedOutputMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CachedOutputMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source__ = None;
                let mut created_time__ = None;
                let mut expires_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = map_.next_value()?;
                        }
                        GeneratedField::CreatedTime => {
                            if created_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createdTime"));
                            }
                            created_time__ = map_.next_value()?;
                        }
                        GeneratedField::ExpiresTime => {
                            if expires_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expiresTime"));
                            }
                            expires_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CachedOutputMetadata {
                    source: source__,
                    created_time: created_time__,
                    expires_time: expires_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.CachedOutputMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteCachedOutputRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.DeleteCachedOutputRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteCachedOutputRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
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
                            "key" => Ok(GeneratedField::Key),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DeleteCachedOutputRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.DeleteCachedOutputRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteCachedOutputRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                    }
                }
                Ok(DeleteCachedOutputRequest {
                    key: key__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.DeleteCachedOutputRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteCachedOutputResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.DeleteCachedOutputResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteCachedOutputResponse {
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
            type Value = DeleteCachedOutputResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.DeleteCachedOutputResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteCachedOutputResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteCachedOutputResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.DeleteCachedOutputResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCachedOutputRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.GetCachedOutputRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCachedOutputRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
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
                            "key" => Ok(GeneratedField::Key),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCachedOutputRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.GetCachedOutputRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCachedOutputRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetCachedOutputRequest {
                    key: key__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.GetCachedOutputRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetCachedOutputResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.output.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.GetCachedOutputResponse", len)?;
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetCachedOutputResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "output",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Output,
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
                            "output" => Ok(GeneratedField::Output),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetCachedOutputResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.GetCachedOutputResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetCachedOutputResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut output__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetCachedOutputResponse {
                    output: output__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.GetCachedOutputResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetOrExtendReservationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if !self.owner_id.is_empty() {
            len += 1;
        }
        if self.heartbeat_interval.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.GetOrExtendReservationRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if !self.owner_id.is_empty() {
            struct_ser.serialize_field("ownerId", &self.owner_id)?;
        }
        if let Some(v) = self.heartbeat_interval.as_ref() {
            struct_ser.serialize_field("heartbeatInterval", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetOrExtendReservationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "owner_id",
            "ownerId",
            "heartbeat_interval",
            "heartbeatInterval",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            OwnerId,
            HeartbeatInterval,
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
                            "key" => Ok(GeneratedField::Key),
                            "ownerId" | "owner_id" => Ok(GeneratedField::OwnerId),
                            "heartbeatInterval" | "heartbeat_interval" => Ok(GeneratedField::HeartbeatInterval),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetOrExtendReservationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.GetOrExtendReservationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetOrExtendReservationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut owner_id__ = None;
                let mut heartbeat_interval__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::OwnerId => {
                            if owner_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ownerId"));
                            }
                            owner_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HeartbeatInterval => {
                            if heartbeat_interval__.is_some() {
                                return Err(serde::de::Error::duplicate_field("heartbeatInterval"));
                            }
                            heartbeat_interval__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetOrExtendReservationRequest {
                    key: key__,
                    owner_id: owner_id__.unwrap_or_default(),
                    heartbeat_interval: heartbeat_interval__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.GetOrExtendReservationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetOrExtendReservationResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.reservation.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.GetOrExtendReservationResponse", len)?;
        if let Some(v) = self.reservation.as_ref() {
            struct_ser.serialize_field("reservation", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetOrExtendReservationResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "reservation",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Reservation,
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
                            "reservation" => Ok(GeneratedField::Reservation),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetOrExtendReservationResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.GetOrExtendReservationResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetOrExtendReservationResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut reservation__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Reservation => {
                            if reservation__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reservation"));
                            }
                            reservation__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetOrExtendReservationResponse {
                    reservation: reservation__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.GetOrExtendReservationResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutCachedOutputRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        if self.ttl.is_some() {
            len += 1;
        }
        if self.overwrite {
            len += 1;
        }
        if self.outputs.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.PutCachedOutputRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if let Some(v) = self.source.as_ref() {
            struct_ser.serialize_field("source", v)?;
        }
        if let Some(v) = self.ttl.as_ref() {
            struct_ser.serialize_field("ttl", v)?;
        }
        if self.overwrite {
            struct_ser.serialize_field("overwrite", &self.overwrite)?;
        }
        if let Some(v) = self.outputs.as_ref() {
            match v {
                put_cached_output_request::Outputs::Literals(v) => {
                    struct_ser.serialize_field("literals", v)?;
                }
                put_cached_output_request::Outputs::OutputsUri(v) => {
                    struct_ser.serialize_field("outputsUri", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutCachedOutputRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "source",
            "ttl",
            "overwrite",
            "literals",
            "outputs_uri",
            "outputsUri",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            Source,
            Ttl,
            Overwrite,
            Literals,
            OutputsUri,
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
                            "key" => Ok(GeneratedField::Key),
                            "source" => Ok(GeneratedField::Source),
                            "ttl" => Ok(GeneratedField::Ttl),
                            "overwrite" => Ok(GeneratedField::Overwrite),
                            "literals" => Ok(GeneratedField::Literals),
                            "outputsUri" | "outputs_uri" => Ok(GeneratedField::OutputsUri),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutCachedOutputRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.PutCachedOutputRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutCachedOutputRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut source__ = None;
                let mut ttl__ = None;
                let mut overwrite__ = None;
                let mut outputs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = map_.next_value()?;
                        }
                        GeneratedField::Ttl => {
                            if ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ttl"));
                            }
                            ttl__ = map_.next_value()?;
                        }
                        GeneratedField::Overwrite => {
                            if overwrite__.is_some() {
                                return Err(serde::de::Error::duplicate_field("overwrite"));
                            }
                            overwrite__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Literals => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literals"));
                            }
                            outputs__ = map_.next_value::<::std::option::Option<_>>()?.map(put_cached_output_request::Outputs::Literals)
;
                        }
                        GeneratedField::OutputsUri => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputsUri"));
                            }
                            outputs__ = map_.next_value::<::std::option::Option<_>>()?.map(put_cached_output_request::Outputs::OutputsUri);
                        }
                    }
                }
                Ok(PutCachedOutputRequest {
                    key: key__,
                    source: source__,
                    ttl: ttl__,
                    overwrite: overwrite__.unwrap_or_default(),
                    outputs: outputs__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.PutCachedOutputRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PutCachedOutputResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.output.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.PutCachedOutputResponse", len)?;
        if let Some(v) = self.output.as_ref() {
            struct_ser.serialize_field("output", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for PutCachedOutputResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "output",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Output,
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
                            "output" => Ok(GeneratedField::Output),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PutCachedOutputResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.PutCachedOutputResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<PutCachedOutputResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut output__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Output => {
                            if output__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            output__ = map_.next_value()?;
                        }
                    }
                }
                Ok(PutCachedOutputResponse {
                    output: output__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.PutCachedOutputResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReleaseReservationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if !self.owner_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.ReleaseReservationRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if !self.owner_id.is_empty() {
            struct_ser.serialize_field("ownerId", &self.owner_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReleaseReservationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "owner_id",
            "ownerId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            OwnerId,
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
                            "key" => Ok(GeneratedField::Key),
                            "ownerId" | "owner_id" => Ok(GeneratedField::OwnerId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReleaseReservationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.ReleaseReservationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReleaseReservationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut owner_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::OwnerId => {
                            if owner_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ownerId"));
                            }
                            owner_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ReleaseReservationRequest {
                    key: key__,
                    owner_id: owner_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.ReleaseReservationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReleaseReservationResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.ReleaseReservationResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReleaseReservationResponse {
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
            type Value = ReleaseReservationResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.ReleaseReservationResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReleaseReservationResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(ReleaseReservationResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.ReleaseReservationResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Reservation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.key.is_some() {
            len += 1;
        }
        if !self.owner_id.is_empty() {
            len += 1;
        }
        if self.heartbeat_interval.is_some() {
            len += 1;
        }
        if self.expires_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.cacheservice.v1.Reservation", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if !self.owner_id.is_empty() {
            struct_ser.serialize_field("ownerId", &self.owner_id)?;
        }
        if let Some(v) = self.heartbeat_interval.as_ref() {
            struct_ser.serialize_field("heartbeatInterval", v)?;
        }
        if let Some(v) = self.expires_time.as_ref() {
            struct_ser.serialize_field("expiresTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Reservation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "owner_id",
            "ownerId",
            "heartbeat_interval",
            "heartbeatInterval",
            "expires_time",
            "expiresTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            OwnerId,
            HeartbeatInterval,
            ExpiresTime,
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
                            "key" => Ok(GeneratedField::Key),
                            "ownerId" | "owner_id" => Ok(GeneratedField::OwnerId),
                            "heartbeatInterval" | "heartbeat_interval" => Ok(GeneratedField::HeartbeatInterval),
                            "expiresTime" | "expires_time" => Ok(GeneratedField::ExpiresTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Reservation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.cacheservice.v1.Reservation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Reservation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut owner_id__ = None;
                let mut heartbeat_interval__ = None;
                let mut expires_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::OwnerId => {
                            if owner_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ownerId"));
                            }
                            owner_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::HeartbeatInterval => {
                            if heartbeat_interval__.is_some() {
                                return Err(serde::de::Error::duplicate_field("heartbeatInterval"));
                            }
                            heartbeat_interval__ = map_.next_value()?;
                        }
                        GeneratedField::ExpiresTime => {
                            if expires_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expiresTime"));
                            }
                            expires_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Reservation {
                    key: key__,
                    owner_id: owner_id__.unwrap_or_default(),
                    heartbeat_interval: heartbeat_interval__,
                    expires_time: expires_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.cacheservice.v1.Reservation", FIELDS, GeneratedVisitor)
    }
}
