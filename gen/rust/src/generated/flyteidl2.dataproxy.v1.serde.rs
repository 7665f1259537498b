// @generated
impl serde::Serialize for AbfsConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.account_name.is_empty() {
            len += 1;
        }
        if !self.file_system.is_empty() {
            len += 1;
        }
        if !self.endpoint_url.is_empty() {
            len += 1;
        }
        if !self.credentials_secret_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.AbfsConfig", len)?;
        if !self.account_name.is_empty() {
            struct_ser.serialize_field("accountName", &self.account_name)?;
        }
        if !self.file_system.is_empty() {
            struct_ser.serialize_field("fileSystem", &self.file_system)?;
        }
        if !self.endpoint_url.is_empty() {
            struct_ser.serialize_field("endpointUrl", &self.endpoint_url)?;
        }
        if !self.credentials_secret_name.is_empty() {
            struct_ser.serialize_field("credentialsSecretName", &self.credentials_secret_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AbfsConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "account_name",
            "accountName",
            "file_system",
            "fileSystem",
            "endpoint_url",
            "endpointUrl",
            "credentials_secret_name",
            "credentialsSecretName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AccountName,
            FileSystem,
            EndpointUrl,
            CredentialsSecretName,
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
                            "accountName" | "account_name" => Ok(GeneratedField::AccountName),
                            "fileSystem" | "file_system" => Ok(GeneratedField::FileSystem),
                            "endpointUrl" | "endpoint_url" => Ok(GeneratedField::EndpointUrl),
                            "credentialsSecretName" | "credentials_secret_name" => Ok(GeneratedField::CredentialsSecretName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AbfsConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.AbfsConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AbfsConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut account_name__ = None;
                let mut file_system__ = None;
                let mut endpoint_url__ = None;
                let mut credentials_secret_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AccountName => {
                            if account_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accountName"));
                            }
                            account_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FileSystem => {
                            if file_system__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fileSystem"));
                            }
                            file_system__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EndpointUrl => {
                            if endpoint_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpointUrl"));
                            }
                            endpoint_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CredentialsSecretName => {
                            if credentials_secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("credentialsSecretName"));
                            }
                            credentials_secret_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AbfsConfig {
                    account_name: account_name__.unwrap_or_default(),
                    file_system: file_system__.unwrap_or_default(),
                    endpoint_url: endpoint_url__.unwrap_or_default(),
                    credentials_secret_name: credentials_secret_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.AbfsConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AbortMultipartUploadRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.domain.is_some() {
            len += 1;
        }
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if !self.upload_id.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.AbortMultipartUploadRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if !self.upload_id.is_empty() {
            struct_ser.serialize_field("uploadId", &self.upload_id)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AbortMultipartUploadRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
            "native_uri",
            "nativeUri",
            "upload_id",
            "uploadId",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Domain,
            NativeUri,
            UploadId,
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
                            "domain" => Ok(GeneratedField::Domain),
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "uploadId" | "upload_id" => Ok(GeneratedField::UploadId),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AbortMultipartUploadRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.AbortMultipartUploadRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AbortMultipartUploadRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                let mut native_uri__ = None;
                let mut upload_id__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UploadId => {
                            if upload_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uploadId"));
                            }
                            upload_id__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AbortMultipartUploadRequest {
                    domain: domain__,
                    native_uri: native_uri__.unwrap_or_default(),
                    upload_id: upload_id__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.AbortMultipartUploadRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AbortMultipartUploadResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.AbortMultipartUploadResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AbortMultipartUploadResponse {
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
            type Value = AbortMultipartUploadResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.AbortMultipartUploadResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AbortMultipartUploadResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(AbortMultipartUploadResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.AbortMultipartUploadResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for AzureBlobConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.account_name.is_empty() {
            len += 1;
        }
        if !self.container.is_empty() {
            len += 1;
        }
        if !self.endpoint_url.is_empty() {
            len += 1;
        }
        if !self.credentials_secret_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.AzureBlobConfig", len)?;
        if !self.account_name.is_empty() {
            struct_ser.serialize_field("accountName", &self.account_name)?;
        }
        if !self.container.is_empty() {
            struct_ser.serialize_field("container", &self.container)?;
        }
        if !self.endpoint_url.is_empty() {
            struct_ser.serialize_field("endpointUrl", &self.endpoint_url)?;
        }
        if !self.credentials_secret_name.is_empty() {
            struct_ser.serialize_field("credentialsSecretName", &self.credentials_secret_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AzureBlobConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "account_name",
            "accountName",
            "container",
            "endpoint_url",
            "endpointUrl",
            "credentials_secret_name",
            "credentialsSecretName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            AccountName,
            Container,
            EndpointUrl,
            CredentialsSecretName,
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
                            "accountName" | "account_name" => Ok(GeneratedField::AccountName),
                            "container" => Ok(GeneratedField::Container),
                            "endpointUrl" | "endpoint_url" => Ok(GeneratedField::EndpointUrl),
                            "credentialsSecretName" | "credentials_secret_name" => Ok(GeneratedField::CredentialsSecretName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = AzureBlobConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.AzureBlobConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AzureBlobConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut account_name__ = None;
                let mut container__ = None;
                let mut endpoint_url__ = None;
                let mut credentials_secret_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::AccountName => {
                            if account_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accountName"));
                            }
                            account_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Container => {
                            if container__.is_some() {
                                return Err(serde::de::Error::duplicate_field("container"));
                            }
                            container__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EndpointUrl => {
                            if endpoint_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpointUrl"));
                            }
                            endpoint_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CredentialsSecretName => {
                            if credentials_secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("credentialsSecretName"));
                            }
                            credentials_secret_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(AzureBlobConfig {
                    account_name: account_name__.unwrap_or_default(),
                    container: container__.unwrap_or_default(),
                    endpoint_url: endpoint_url__.unwrap_or_default(),
                    credentials_secret_name: credentials_secret_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.AzureBlobConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Bucket {
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
        if self.create_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.Bucket", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.create_time.as_ref() {
            struct_ser.serialize_field("createTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Bucket {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "create_time",
            "createTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
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
                            "name" => Ok(GeneratedField::Name),
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
            type Value = Bucket;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.Bucket")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Bucket, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut create_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CreateTime => {
                            if create_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("createTime"));
                            }
                            create_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Bucket {
                    name: name__.unwrap_or_default(),
                    create_time: create_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.Bucket", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompleteMultipartUploadRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.domain.is_some() {
            len += 1;
        }
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if !self.upload_id.is_empty() {
            len += 1;
        }
        if !self.parts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CompleteMultipartUploadRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if !self.upload_id.is_empty() {
            struct_ser.serialize_field("uploadId", &self.upload_id)?;
        }
        if !self.parts.is_empty() {
            struct_ser.serialize_field("parts", &self.parts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteMultipartUploadRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
            "native_uri",
            "nativeUri",
            "upload_id",
            "uploadId",
            "parts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Domain,
            NativeUri,
            UploadId,
            Parts,
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
                            "domain" => Ok(GeneratedField::Domain),
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "uploadId" | "upload_id" => Ok(GeneratedField::UploadId),
                            "parts" => Ok(GeneratedField::Parts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteMultipartUploadRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CompleteMultipartUploadRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompleteMultipartUploadRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                let mut native_uri__ = None;
                let mut upload_id__ = None;
                let mut parts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::UploadId => {
                            if upload_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uploadId"));
                            }
                            upload_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Parts => {
                            if parts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parts"));
                            }
                            parts__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CompleteMultipartUploadRequest {
                    domain: domain__,
                    native_uri: native_uri__.unwrap_or_default(),
                    upload_id: upload_id__.unwrap_or_default(),
                    parts: parts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CompleteMultipartUploadRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompleteMultipartUploadResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if !self.etag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CompleteMultipartUploadResponse", len)?;
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if !self.etag.is_empty() {
            struct_ser.serialize_field("etag", &self.etag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompleteMultipartUploadResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "native_uri",
            "nativeUri",
            "size_bytes",
            "sizeBytes",
            "etag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            NativeUri,
            SizeBytes,
            Etag,
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
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "etag" => Ok(GeneratedField::Etag),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompleteMultipartUploadResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CompleteMultipartUploadResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompleteMultipartUploadResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut native_uri__ = None;
                let mut size_bytes__ = None;
                let mut etag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Etag => {
                            if etag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("etag"));
                            }
                            etag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CompleteMultipartUploadResponse {
                    native_uri: native_uri__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    etag: etag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CompleteMultipartUploadResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CompletedPart {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.part_number != 0 {
            len += 1;
        }
        if !self.etag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CompletedPart", len)?;
        if self.part_number != 0 {
            struct_ser.serialize_field("partNumber", &self.part_number)?;
        }
        if !self.etag.is_empty() {
            struct_ser.serialize_field("etag", &self.etag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CompletedPart {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "part_number",
            "partNumber",
            "etag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PartNumber,
            Etag,
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
                            "partNumber" | "part_number" => Ok(GeneratedField::PartNumber),
                            "etag" => Ok(GeneratedField::Etag),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CompletedPart;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CompletedPart")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CompletedPart, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut part_number__ = None;
                let mut etag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PartNumber => {
                            if part_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partNumber"));
                            }
                            part_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Etag => {
                            if etag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("etag"));
                            }
                            etag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CompletedPart {
                    part_number: part_number__.unwrap_or_default(),
                    etag: etag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CompletedPart", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateBucketRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateBucketRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateBucketRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = CreateBucketRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateBucketRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateBucketRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CreateBucketRequest {
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateBucketRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateBucketResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.bucket.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateBucketResponse", len)?;
        if let Some(v) = self.bucket.as_ref() {
            struct_ser.serialize_field("bucket", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateBucketResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "bucket",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Bucket,
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
                            "bucket" => Ok(GeneratedField::Bucket),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateBucketResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateBucketResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateBucketResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut bucket__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Bucket => {
                            if bucket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucket"));
                            }
                            bucket__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateBucketResponse {
                    bucket: bucket__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateBucketResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateDownloadLinkRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.url_ttl.is_some() {
            len += 1;
        }
        if self.source.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateDownloadLinkRequest", len)?;
        if let Some(v) = self.url_ttl.as_ref() {
            struct_ser.serialize_field("urlTtl", v)?;
        }
        if let Some(v) = self.source.as_ref() {
            match v {
                create_download_link_request::Source::ActionInputs(v) => {
                    struct_ser.serialize_field("actionInputs", v)?;
                }
                create_download_link_request::Source::ActionOutputs(v) => {
                    struct_ser.serialize_field("actionOutputs", v)?;
                }
                create_download_link_request::Source::BlobUri(v) => {
                    struct_ser.serialize_field("blobUri", v)?;
                }
                create_download_link_request::Source::TaskCodeBundle(v) => {
                    struct_ser.serialize_field("taskCodeBundle", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateDownloadLinkRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "url_ttl",
            "urlTtl",
            "action_inputs",
            "actionInputs",
            "action_outputs",
            "actionOutputs",
            "blob_uri",
            "blobUri",
            "task_code_bundle",
            "taskCodeBundle",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            UrlTtl,
            ActionInputs,
            ActionOutputs,
            BlobUri,
            TaskCodeBundle,
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
                            "urlTtl" | "url_ttl" => Ok(GeneratedField::UrlTtl),
                            "actionInputs" | "action_inputs" => Ok(GeneratedField::ActionInputs),
                            "actionOutputs" | "action_outputs" => Ok(GeneratedField::ActionOutputs),
                            "blobUri" | "blob_uri" => Ok(GeneratedField::BlobUri),
                            "taskCodeBundle" | "task_code_bundle" => Ok(GeneratedField::TaskCodeBundle),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateDownloadLinkRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateDownloadLinkRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateDownloadLinkRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut url_ttl__ = None;
                let mut source__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::UrlTtl => {
                            if url_ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("urlTtl"));
                            }
                            url_ttl__ = map_.next_value()?;
                        }
                        GeneratedField::ActionInputs => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionInputs"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(create_download_link_request::Source::ActionInputs)
;
                        }
                        GeneratedField::ActionOutputs => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionOutputs"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(create_download_link_request::Source::ActionOutputs)
;
                        }
                        GeneratedField::BlobUri => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("blobUri"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(create_download_link_request::Source::BlobUri);
                        }
                        GeneratedField::TaskCodeBundle => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskCodeBundle"));
                            }
                            source__ = map_.next_value::<::std::option::Option<_>>()?.map(create_download_link_request::Source::TaskCodeBundle)
;
                        }
                    }
                }
                Ok(CreateDownloadLinkRequest {
                    url_ttl: url_ttl__,
                    source: source__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateDownloadLinkRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateDownloadLinkResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.links.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateDownloadLinkResponse", len)?;
        if !self.links.is_empty() {
            struct_ser.serialize_field("links", &self.links)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateDownloadLinkResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "links",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Links,
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
                            "links" => Ok(GeneratedField::Links),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateDownloadLinkResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateDownloadLinkResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateDownloadLinkResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut links__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Links => {
                            if links__.is_some() {
                                return Err(serde::de::Error::duplicate_field("links"));
                            }
                            links__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CreateDownloadLinkResponse {
                    links: links__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateDownloadLinkResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateMultipartUploadRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.domain.is_some() {
            len += 1;
        }
        if !self.filename.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if self.part_size_bytes != 0 {
            len += 1;
        }
        if self.url_ttl.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateMultipartUploadRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        if !self.filename.is_empty() {
            struct_ser.serialize_field("filename", &self.filename)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if self.part_size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("partSizeBytes", ToString::to_string(&self.part_size_bytes).as_str())?;
        }
        if let Some(v) = self.url_ttl.as_ref() {
            struct_ser.serialize_field("urlTtl", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateMultipartUploadRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
            "filename",
            "size_bytes",
            "sizeBytes",
            "part_size_bytes",
            "partSizeBytes",
            "url_ttl",
            "urlTtl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Domain,
            Filename,
            SizeBytes,
            PartSizeBytes,
            UrlTtl,
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
                            "domain" => Ok(GeneratedField::Domain),
                            "filename" => Ok(GeneratedField::Filename),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "partSizeBytes" | "part_size_bytes" => Ok(GeneratedField::PartSizeBytes),
                            "urlTtl" | "url_ttl" => Ok(GeneratedField::UrlTtl),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateMultipartUploadRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateMultipartUploadRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateMultipartUploadRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                let mut filename__ = None;
                let mut size_bytes__ = None;
                let mut part_size_bytes__ = None;
                let mut url_ttl__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                        GeneratedField::Filename => {
                            if filename__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filename"));
                            }
                            filename__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::PartSizeBytes => {
                            if part_size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partSizeBytes"));
                            }
                            part_size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UrlTtl => {
                            if url_ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("urlTtl"));
                            }
                            url_ttl__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateMultipartUploadRequest {
                    domain: domain__,
                    filename: filename__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    part_size_bytes: part_size_bytes__.unwrap_or_default(),
                    url_ttl: url_ttl__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateMultipartUploadRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateMultipartUploadResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.upload_id.is_empty() {
            len += 1;
        }
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if self.part_size_bytes != 0 {
            len += 1;
        }
        if !self.parts.is_empty() {
            len += 1;
        }
        if self.expires_time.is_some() {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateMultipartUploadResponse", len)?;
        if !self.upload_id.is_empty() {
            struct_ser.serialize_field("uploadId", &self.upload_id)?;
        }
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if self.part_size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("partSizeBytes", ToString::to_string(&self.part_size_bytes).as_str())?;
        }
        if !self.parts.is_empty() {
            struct_ser.serialize_field("parts", &self.parts)?;
        }
        if let Some(v) = self.expires_time.as_ref() {
            struct_ser.serialize_field("expiresTime", v)?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateMultipartUploadResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "upload_id",
            "uploadId",
            "native_uri",
            "nativeUri",
            "part_size_bytes",
            "partSizeBytes",
            "parts",
            "expires_time",
            "expiresTime",
            "headers",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            UploadId,
            NativeUri,
            PartSizeBytes,
            Parts,
            ExpiresTime,
            Headers,
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
                            "uploadId" | "upload_id" => Ok(GeneratedField::UploadId),
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "partSizeBytes" | "part_size_bytes" => Ok(GeneratedField::PartSizeBytes),
                            "parts" => Ok(GeneratedField::Parts),
                            "expiresTime" | "expires_time" => Ok(GeneratedField::ExpiresTime),
                            "headers" => Ok(GeneratedField::Headers),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateMultipartUploadResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateMultipartUploadResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateMultipartUploadResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut upload_id__ = None;
                let mut native_uri__ = None;
                let mut part_size_bytes__ = None;
                let mut parts__ = None;
                let mut expires_time__ = None;
                let mut headers__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::UploadId => {
                            if upload_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uploadId"));
                            }
                            upload_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PartSizeBytes => {
                            if part_size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partSizeBytes"));
                            }
                            part_size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Parts => {
                            if parts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parts"));
                            }
                            parts__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExpiresTime => {
                            if expires_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expiresTime"));
                            }
                            expires_time__ = map_.next_value()?;
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(CreateMultipartUploadResponse {
                    upload_id: upload_id__.unwrap_or_default(),
                    native_uri: native_uri__.unwrap_or_default(),
                    part_size_bytes: part_size_bytes__.unwrap_or_default(),
                    parts: parts__.unwrap_or_default(),
                    expires_time: expires_time__,
                    headers: headers__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateMultipartUploadResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateUploadLocationRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.domain.is_some() {
            len += 1;
        }
        if !self.filename.is_empty() {
            len += 1;
        }
        if !self.content_md5.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if self.url_ttl.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateUploadLocationRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        if !self.filename.is_empty() {
            struct_ser.serialize_field("filename", &self.filename)?;
        }
        if !self.content_md5.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("contentMd5", pbjson::private::base64::encode(&self.content_md5).as_str())?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if let Some(v) = self.url_ttl.as_ref() {
            struct_ser.serialize_field("urlTtl", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateUploadLocationRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
            "filename",
            "content_md5",
            "contentMd5",
            "size_bytes",
            "sizeBytes",
            "url_ttl",
            "urlTtl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Domain,
            Filename,
            ContentMd5,
            SizeBytes,
            UrlTtl,
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
                            "domain" => Ok(GeneratedField::Domain),
                            "filename" => Ok(GeneratedField::Filename),
                            "contentMd5" | "content_md5" => Ok(GeneratedField::ContentMd5),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "urlTtl" | "url_ttl" => Ok(GeneratedField::UrlTtl),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateUploadLocationRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateUploadLocationRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateUploadLocationRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                let mut filename__ = None;
                let mut content_md5__ = None;
                let mut size_bytes__ = None;
                let mut url_ttl__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                        GeneratedField::Filename => {
                            if filename__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filename"));
                            }
                            filename__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ContentMd5 => {
                            if content_md5__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentMd5"));
                            }
                            content_md5__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::UrlTtl => {
                            if url_ttl__.is_some() {
                                return Err(serde::de::Error::duplicate_field("urlTtl"));
                            }
                            url_ttl__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateUploadLocationRequest {
                    domain: domain__,
                    filename: filename__.unwrap_or_default(),
                    content_md5: content_md5__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    url_ttl: url_ttl__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateUploadLocationRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CreateUploadLocationResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.location.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.CreateUploadLocationResponse", len)?;
        if let Some(v) = self.location.as_ref() {
            struct_ser.serialize_field("location", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CreateUploadLocationResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "location",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Location,
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
                            "location" => Ok(GeneratedField::Location),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CreateUploadLocationResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.CreateUploadLocationResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CreateUploadLocationResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut location__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Location => {
                            if location__.is_some() {
                                return Err(serde::de::Error::duplicate_field("location"));
                            }
                            location__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CreateUploadLocationResponse {
                    location: location__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.CreateUploadLocationResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteBucketRequest {
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
        if self.force {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.DeleteBucketRequest", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.force {
            struct_ser.serialize_field("force", &self.force)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteBucketRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "force",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
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
                            "name" => Ok(GeneratedField::Name),
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
            type Value = DeleteBucketRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.DeleteBucketRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteBucketRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut force__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Force => {
                            if force__.is_some() {
                                return Err(serde::de::Error::duplicate_field("force"));
                            }
                            force__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DeleteBucketRequest {
                    name: name__.unwrap_or_default(),
                    force: force__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.DeleteBucketRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DeleteBucketResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.DeleteBucketResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DeleteBucketResponse {
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
            type Value = DeleteBucketResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.DeleteBucketResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DeleteBucketResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(DeleteBucketResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.DeleteBucketResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DevboxS3Config {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.endpoint_url.is_empty() {
            len += 1;
        }
        if !self.region.is_empty() {
            len += 1;
        }
        if !self.bucket.is_empty() {
            len += 1;
        }
        if self.path_style {
            len += 1;
        }
        if !self.credentials_secret_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.DevboxS3Config", len)?;
        if !self.endpoint_url.is_empty() {
            struct_ser.serialize_field("endpointUrl", &self.endpoint_url)?;
        }
        if !self.region.is_empty() {
            struct_ser.serialize_field("region", &self.region)?;
        }
        if !self.bucket.is_empty() {
            struct_ser.serialize_field("bucket", &self.bucket)?;
        }
        if self.path_style {
            struct_ser.serialize_field("pathStyle", &self.path_style)?;
        }
        if !self.credentials_secret_name.is_empty() {
            struct_ser.serialize_field("credentialsSecretName", &self.credentials_secret_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DevboxS3Config {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "endpoint_url",
            "endpointUrl",
            "region",
            "bucket",
            "path_style",
            "pathStyle",
            "credentials_secret_name",
            "credentialsSecretName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            EndpointUrl,
            Region,
            Bucket,
            PathStyle,
            CredentialsSecretName,
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
                            "endpointUrl" | "endpoint_url" => Ok(GeneratedField::EndpointUrl),
                            "region" => Ok(GeneratedField::Region),
                            "bucket" => Ok(GeneratedField::Bucket),
                            "pathStyle" | "path_style" => Ok(GeneratedField::PathStyle),
                            "credentialsSecretName" | "credentials_secret_name" => Ok(GeneratedField::CredentialsSecretName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DevboxS3Config;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.DevboxS3Config")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DevboxS3Config, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut endpoint_url__ = None;
                let mut region__ = None;
                let mut bucket__ = None;
                let mut path_style__ = None;
                let mut credentials_secret_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::EndpointUrl => {
                            if endpoint_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpointUrl"));
                            }
                            endpoint_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Region => {
                            if region__.is_some() {
                                return Err(serde::de::Error::duplicate_field("region"));
                            }
                            region__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Bucket => {
                            if bucket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucket"));
                            }
                            bucket__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PathStyle => {
                            if path_style__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pathStyle"));
                            }
                            path_style__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CredentialsSecretName => {
                            if credentials_secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("credentialsSecretName"));
                            }
                            credentials_secret_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(DevboxS3Config {
                    endpoint_url: endpoint_url__.unwrap_or_default(),
                    region: region__.unwrap_or_default(),
                    bucket: bucket__.unwrap_or_default(),
                    path_style: path_style__.unwrap_or_default(),
                    credentials_secret_name: credentials_secret_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.DevboxS3Config", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for DownloadLink {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.signed_url.is_empty() {
            len += 1;
        }
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if self.expires_time.is_some() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.DownloadLink", len)?;
        if !self.signed_url.is_empty() {
            struct_ser.serialize_field("signedUrl", &self.signed_url)?;
        }
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if let Some(v) = self.expires_time.as_ref() {
            struct_ser.serialize_field("expiresTime", v)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for DownloadLink {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "signed_url",
            "signedUrl",
            "native_uri",
            "nativeUri",
            "expires_time",
            "expiresTime",
            "size_bytes",
            "sizeBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SignedUrl,
            NativeUri,
            ExpiresTime,
            SizeBytes,
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
                            "signedUrl" | "signed_url" => Ok(GeneratedField::SignedUrl),
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "expiresTime" | "expires_time" => Ok(GeneratedField::ExpiresTime),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = DownloadLink;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.DownloadLink")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<DownloadLink, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut signed_url__ = None;
                let mut native_uri__ = None;
                let mut expires_time__ = None;
                let mut size_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SignedUrl => {
                            if signed_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("signedUrl"));
                            }
                            signed_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExpiresTime => {
                            if expires_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expiresTime"));
                            }
                            expires_time__ = map_.next_value()?;
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(DownloadLink {
                    signed_url: signed_url__.unwrap_or_default(),
                    native_uri: native_uri__.unwrap_or_default(),
                    expires_time: expires_time__,
                    size_bytes: size_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.DownloadLink", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GcsConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.bucket.is_empty() {
            len += 1;
        }
        if !self.billing_project_id.is_empty() {
            len += 1;
        }
        if !self.credentials_secret_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.GcsConfig", len)?;
        if !self.bucket.is_empty() {
            struct_ser.serialize_field("bucket", &self.bucket)?;
        }
        if !self.billing_project_id.is_empty() {
            struct_ser.serialize_field("billingProjectId", &self.billing_project_id)?;
        }
        if !self.credentials_secret_name.is_empty() {
            struct_ser.serialize_field("credentialsSecretName", &self.credentials_secret_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GcsConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "bucket",
            "billing_project_id",
            "billingProjectId",
            "credentials_secret_name",
            "credentialsSecretName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Bucket,
            BillingProjectId,
            CredentialsSecretName,
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
                            "bucket" => Ok(GeneratedField::Bucket),
                            "billingProjectId" | "billing_project_id" => Ok(GeneratedField::BillingProjectId),
                            "credentialsSecretName" | "credentials_secret_name" => Ok(GeneratedField::CredentialsSecretName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GcsConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.GcsConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GcsConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut bucket__ = None;
                let mut billing_project_id__ = None;
                let mut credentials_secret_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Bucket => {
                            if bucket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucket"));
                            }
                            bucket__ = Some(map_.next_value()?);
                        }
                        GeneratedField::BillingProjectId => {
                            if billing_project_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("billingProjectId"));
                            }
                            billing_project_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CredentialsSecretName => {
                            if credentials_secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("credentialsSecretName"));
                            }
                            credentials_secret_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GcsConfig {
                    bucket: bucket__.unwrap_or_default(),
                    billing_project_id: billing_project_id__.unwrap_or_default(),
                    credentials_secret_name: credentials_secret_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.GcsConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStorageConfigRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.domain.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.GetStorageConfigRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStorageConfigRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = GetStorageConfigRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.GetStorageConfigRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetStorageConfigRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetStorageConfigRequest {
                    domain: domain__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.GetStorageConfigRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStorageConfigResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.object_store.is_some() {
            len += 1;
        }
        if self.transfer.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.GetStorageConfigResponse", len)?;
        if let Some(v) = self.object_store.as_ref() {
            struct_ser.serialize_field("objectStore", v)?;
        }
        if let Some(v) = self.transfer.as_ref() {
            struct_ser.serialize_field("transfer", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStorageConfigResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "object_store",
            "objectStore",
            "transfer",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ObjectStore,
            Transfer,
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
                            "objectStore" | "object_store" => Ok(GeneratedField::ObjectStore),
                            "transfer" => Ok(GeneratedField::Transfer),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStorageConfigResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.GetStorageConfigResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetStorageConfigResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut object_store__ = None;
                let mut transfer__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ObjectStore => {
                            if object_store__.is_some() {
                                return Err(serde::de::Error::duplicate_field("objectStore"));
                            }
                            object_store__ = map_.next_value()?;
                        }
                        GeneratedField::Transfer => {
                            if transfer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("transfer"));
                            }
                            transfer__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetStorageConfigResponse {
                    object_store: object_store__,
                    transfer: transfer__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.GetStorageConfigResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStorageEndpointRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.GetStorageEndpointRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStorageEndpointRequest {
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
            type Value = GetStorageEndpointRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.GetStorageEndpointRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetStorageEndpointRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetStorageEndpointRequest {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.GetStorageEndpointRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetStorageEndpointResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.endpoint.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.GetStorageEndpointResponse", len)?;
        if let Some(v) = self.endpoint.as_ref() {
            struct_ser.serialize_field("endpoint", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetStorageEndpointResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "endpoint",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Endpoint,
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
                            "endpoint" => Ok(GeneratedField::Endpoint),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetStorageEndpointResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.GetStorageEndpointResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetStorageEndpointResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut endpoint__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Endpoint => {
                            if endpoint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpoint"));
                            }
                            endpoint__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetStorageEndpointResponse {
                    endpoint: endpoint__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.GetStorageEndpointResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListBucketsRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.ListBucketsRequest", len)?;
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListBucketsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = ListBucketsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.ListBucketsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListBucketsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListBucketsRequest {
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.ListBucketsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListBucketsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.buckets.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.ListBucketsResponse", len)?;
        if !self.buckets.is_empty() {
            struct_ser.serialize_field("buckets", &self.buckets)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListBucketsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "buckets",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Buckets,
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
                            "buckets" => Ok(GeneratedField::Buckets),
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
            type Value = ListBucketsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.ListBucketsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListBucketsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut buckets__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Buckets => {
                            if buckets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("buckets"));
                            }
                            buckets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListBucketsResponse {
                    buckets: buckets__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.ListBucketsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListObjectsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.bucket.is_empty() {
            len += 1;
        }
        if !self.prefix.is_empty() {
            len += 1;
        }
        if !self.delimiter.is_empty() {
            len += 1;
        }
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.ListObjectsRequest", len)?;
        if !self.bucket.is_empty() {
            struct_ser.serialize_field("bucket", &self.bucket)?;
        }
        if !self.prefix.is_empty() {
            struct_ser.serialize_field("prefix", &self.prefix)?;
        }
        if !self.delimiter.is_empty() {
            struct_ser.serialize_field("delimiter", &self.delimiter)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListObjectsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "bucket",
            "prefix",
            "delimiter",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Bucket,
            Prefix,
            Delimiter,
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
                            "bucket" => Ok(GeneratedField::Bucket),
                            "prefix" => Ok(GeneratedField::Prefix),
                            "delimiter" => Ok(GeneratedField::Delimiter),
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
            type Value = ListObjectsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.ListObjectsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListObjectsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut bucket__ = None;
                let mut prefix__ = None;
                let mut delimiter__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Bucket => {
                            if bucket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucket"));
                            }
                            bucket__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Prefix => {
                            if prefix__.is_some() {
                                return Err(serde::de::Error::duplicate_field("prefix"));
                            }
                            prefix__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Delimiter => {
                            if delimiter__.is_some() {
                                return Err(serde::de::Error::duplicate_field("delimiter"));
                            }
                            delimiter__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListObjectsRequest {
                    bucket: bucket__.unwrap_or_default(),
                    prefix: prefix__.unwrap_or_default(),
                    delimiter: delimiter__.unwrap_or_default(),
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.ListObjectsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListObjectsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.objects.is_empty() {
            len += 1;
        }
        if !self.common_prefixes.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.ListObjectsResponse", len)?;
        if !self.objects.is_empty() {
            struct_ser.serialize_field("objects", &self.objects)?;
        }
        if !self.common_prefixes.is_empty() {
            struct_ser.serialize_field("commonPrefixes", &self.common_prefixes)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListObjectsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "objects",
            "common_prefixes",
            "commonPrefixes",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Objects,
            CommonPrefixes,
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
                            "objects" => Ok(GeneratedField::Objects),
                            "commonPrefixes" | "common_prefixes" => Ok(GeneratedField::CommonPrefixes),
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
            type Value = ListObjectsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.ListObjectsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListObjectsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut objects__ = None;
                let mut common_prefixes__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Objects => {
                            if objects__.is_some() {
                                return Err(serde::de::Error::duplicate_field("objects"));
                            }
                            objects__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CommonPrefixes => {
                            if common_prefixes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("commonPrefixes"));
                            }
                            common_prefixes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListObjectsResponse {
                    objects: objects__.unwrap_or_default(),
                    common_prefixes: common_prefixes__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.ListObjectsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ObjectStoreConfig {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.root_uri.is_empty() {
            len += 1;
        }
        if self.backend.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.ObjectStoreConfig", len)?;
        if !self.root_uri.is_empty() {
            struct_ser.serialize_field("rootUri", &self.root_uri)?;
        }
        if let Some(v) = self.backend.as_ref() {
            match v {
                object_store_config::Backend::S3(v) => {
                    struct_ser.serialize_field("s3", v)?;
                }
                object_store_config::Backend::Gcs(v) => {
                    struct_ser.serialize_field("gcs", v)?;
                }
                object_store_config::Backend::AzureBlob(v) => {
                    struct_ser.serialize_field("azureBlob", v)?;
                }
                object_store_config::Backend::Abfs(v) => {
                    struct_ser.serialize_field("abfs", v)?;
                }
                object_store_config::Backend::Devbox(v) => {
                    struct_ser.serialize_field("devbox", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ObjectStoreConfig {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "root_uri",
            "rootUri",
            "s3",
            "gcs",
            "azure_blob",
            "azureBlob",
            "abfs",
            "devbox",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RootUri,
            S3,
            Gcs,
            AzureBlob,
            Abfs,
            Devbox,
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
                            "rootUri" | "root_uri" => Ok(GeneratedField::RootUri),
                            "s3" => Ok(GeneratedField::S3),
                            "gcs" => Ok(GeneratedField::Gcs),
                            "azureBlob" | "azure_blob" => Ok(GeneratedField::AzureBlob),
                            "abfs" => Ok(GeneratedField::Abfs),
                            "devbox" => Ok(GeneratedField::Devbox),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ObjectStoreConfig;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.ObjectStoreConfig")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ObjectStoreConfig, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut root_uri__ = None;
                let mut backend__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RootUri => {
                            if root_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("rootUri"));
                            }
                            root_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::S3 => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("s3"));
                            }
                            backend__ = map_.next_value::<::std::option::Option<_>>()?.map(object_store_config::Backend::S3)
;
                        }
                        GeneratedField::Gcs => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gcs"));
                            }
                            backend__ = map_.next_value::<::std::option::Option<_>>()?.map(object_store_config::Backend::Gcs)
;
                        }
                        GeneratedField::AzureBlob => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("azureBlob"));
                            }
                            backend__ = map_.next_value::<::std::option::Option<_>>()?.map(object_store_config::Backend::AzureBlob)
;
                        }
                        GeneratedField::Abfs => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("abfs"));
                            }
                            backend__ = map_.next_value::<::std::option::Option<_>>()?.map(object_store_config::Backend::Abfs)
;
                        }
                        GeneratedField::Devbox => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("devbox"));
                            }
                            backend__ = map_.next_value::<::std::option::Option<_>>()?.map(object_store_config::Backend::Devbox)
;
                        }
                    }
                }
                Ok(ObjectStoreConfig {
                    root_uri: root_uri__.unwrap_or_default(),
                    backend: backend__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.ObjectStoreConfig", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for S3Config {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.bucket.is_empty() {
            len += 1;
        }
        if !self.region.is_empty() {
            len += 1;
        }
        if !self.endpoint_url.is_empty() {
            len += 1;
        }
        if self.path_style {
            len += 1;
        }
        if !self.credentials_secret_name.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.S3Config", len)?;
        if !self.bucket.is_empty() {
            struct_ser.serialize_field("bucket", &self.bucket)?;
        }
        if !self.region.is_empty() {
            struct_ser.serialize_field("region", &self.region)?;
        }
        if !self.endpoint_url.is_empty() {
            struct_ser.serialize_field("endpointUrl", &self.endpoint_url)?;
        }
        if self.path_style {
            struct_ser.serialize_field("pathStyle", &self.path_style)?;
        }
        if !self.credentials_secret_name.is_empty() {
            struct_ser.serialize_field("credentialsSecretName", &self.credentials_secret_name)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for S3Config {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "bucket",
            "region",
            "endpoint_url",
            "endpointUrl",
            "path_style",
            "pathStyle",
            "credentials_secret_name",
            "credentialsSecretName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Bucket,
            Region,
            EndpointUrl,
            PathStyle,
            CredentialsSecretName,
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
                            "bucket" => Ok(GeneratedField::Bucket),
                            "region" => Ok(GeneratedField::Region),
                            "endpointUrl" | "endpoint_url" => Ok(GeneratedField::EndpointUrl),
                            "pathStyle" | "path_style" => Ok(GeneratedField::PathStyle),
                            "credentialsSecretName" | "credentials_secret_name" => Ok(GeneratedField::CredentialsSecretName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = S3Config;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.S3Config")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<S3Config, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut bucket__ = None;
                let mut region__ = None;
                let mut endpoint_url__ = None;
                let mut path_style__ = None;
                let mut credentials_secret_name__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Bucket => {
                            if bucket__.is_some() {
                                return Err(serde::de::Error::duplicate_field("bucket"));
                            }
                            bucket__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Region => {
                            if region__.is_some() {
                                return Err(serde::de::Error::duplicate_field("region"));
                            }
                            region__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EndpointUrl => {
                            if endpoint_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endpointUrl"));
                            }
                            endpoint_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PathStyle => {
                            if path_style__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pathStyle"));
                            }
                            path_style__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CredentialsSecretName => {
                            if credentials_secret_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("credentialsSecretName"));
                            }
                            credentials_secret_name__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(S3Config {
                    bucket: bucket__.unwrap_or_default(),
                    region: region__.unwrap_or_default(),
                    endpoint_url: endpoint_url__.unwrap_or_default(),
                    path_style: path_style__.unwrap_or_default(),
                    credentials_secret_name: credentials_secret_name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.S3Config", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StoredObject {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.key.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if !self.etag.is_empty() {
            len += 1;
        }
        if self.last_modified_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.StoredObject", len)?;
        if !self.key.is_empty() {
            struct_ser.serialize_field("key", &self.key)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if !self.etag.is_empty() {
            struct_ser.serialize_field("etag", &self.etag)?;
        }
        if let Some(v) = self.last_modified_time.as_ref() {
            struct_ser.serialize_field("lastModifiedTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StoredObject {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "size_bytes",
            "sizeBytes",
            "etag",
            "last_modified_time",
            "lastModifiedTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            SizeBytes,
            Etag,
            LastModifiedTime,
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
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "etag" => Ok(GeneratedField::Etag),
                            "lastModifiedTime" | "last_modified_time" => Ok(GeneratedField::LastModifiedTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StoredObject;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.StoredObject")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StoredObject, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut size_bytes__ = None;
                let mut etag__ = None;
                let mut last_modified_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Etag => {
                            if etag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("etag"));
                            }
                            etag__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LastModifiedTime => {
                            if last_modified_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastModifiedTime"));
                            }
                            last_modified_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StoredObject {
                    key: key__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    etag: etag__.unwrap_or_default(),
                    last_modified_time: last_modified_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.StoredObject", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TransferRetryPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_attempts != 0 {
            len += 1;
        }
        if self.initial_backoff.is_some() {
            len += 1;
        }
        if self.max_backoff.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.TransferRetryPolicy", len)?;
        if self.max_attempts != 0 {
            struct_ser.serialize_field("maxAttempts", &self.max_attempts)?;
        }
        if let Some(v) = self.initial_backoff.as_ref() {
            struct_ser.serialize_field("initialBackoff", v)?;
        }
        if let Some(v) = self.max_backoff.as_ref() {
            struct_ser.serialize_field("maxBackoff", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TransferRetryPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_attempts",
            "maxAttempts",
            "initial_backoff",
            "initialBackoff",
            "max_backoff",
            "maxBackoff",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxAttempts,
            InitialBackoff,
            MaxBackoff,
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
                            "maxAttempts" | "max_attempts" => Ok(GeneratedField::MaxAttempts),
                            "initialBackoff" | "initial_backoff" => Ok(GeneratedField::InitialBackoff),
                            "maxBackoff" | "max_backoff" => Ok(GeneratedField::MaxBackoff),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TransferRetryPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.TransferRetryPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TransferRetryPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_attempts__ = None;
                let mut initial_backoff__ = None;
                let mut max_backoff__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxAttempts => {
                            if max_attempts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxAttempts"));
                            }
                            max_attempts__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::InitialBackoff => {
                            if initial_backoff__.is_some() {
                                return Err(serde::de::Error::duplicate_field("initialBackoff"));
                            }
                            initial_backoff__ = map_.next_value()?;
                        }
                        GeneratedField::MaxBackoff => {
                            if max_backoff__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxBackoff"));
                            }
                            max_backoff__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TransferRetryPolicy {
                    max_attempts: max_attempts__.unwrap_or_default(),
                    initial_backoff: initial_backoff__,
                    max_backoff: max_backoff__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.TransferRetryPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TransferSettings {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.part_size_bytes != 0 {
            len += 1;
        }
        if self.concurrent_request_count != 0 {
            len += 1;
        }
        if self.multipart_threshold_bytes != 0 {
            len += 1;
        }
        if self.retry.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.TransferSettings", len)?;
        if self.part_size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("partSizeBytes", ToString::to_string(&self.part_size_bytes).as_str())?;
        }
        if self.concurrent_request_count != 0 {
            struct_ser.serialize_field("concurrentRequestCount", &self.concurrent_request_count)?;
        }
        if self.multipart_threshold_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("multipartThresholdBytes", ToString::to_string(&self.multipart_threshold_bytes).as_str())?;
        }
        if let Some(v) = self.retry.as_ref() {
            struct_ser.serialize_field("retry", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TransferSettings {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "part_size_bytes",
            "partSizeBytes",
            "concurrent_request_count",
            "concurrentRequestCount",
            "multipart_threshold_bytes",
            "multipartThresholdBytes",
            "retry",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PartSizeBytes,
            ConcurrentRequestCount,
            MultipartThresholdBytes,
            Retry,
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
                            "partSizeBytes" | "part_size_bytes" => Ok(GeneratedField::PartSizeBytes),
                            "concurrentRequestCount" | "concurrent_request_count" => Ok(GeneratedField::ConcurrentRequestCount),
                            "multipartThresholdBytes" | "multipart_threshold_bytes" => Ok(GeneratedField::MultipartThresholdBytes),
                            "retry" => Ok(GeneratedField::Retry),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TransferSettings;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.TransferSettings")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TransferSettings, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut part_size_bytes__ = None;
                let mut concurrent_request_count__ = None;
                let mut multipart_threshold_bytes__ = None;
                let mut retry__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PartSizeBytes => {
                            if part_size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partSizeBytes"));
                            }
                            part_size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ConcurrentRequestCount => {
                            if concurrent_request_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("concurrentRequestCount"));
                            }
                            concurrent_request_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MultipartThresholdBytes => {
                            if multipart_threshold_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("multipartThresholdBytes"));
                            }
                            multipart_threshold_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Retry => {
                            if retry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retry"));
                            }
                            retry__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TransferSettings {
                    part_size_bytes: part_size_bytes__.unwrap_or_default(),
                    concurrent_request_count: concurrent_request_count__.unwrap_or_default(),
                    multipart_threshold_bytes: multipart_threshold_bytes__.unwrap_or_default(),
                    retry: retry__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.TransferSettings", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UploadLocation {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.signed_url.is_empty() {
            len += 1;
        }
        if !self.native_uri.is_empty() {
            len += 1;
        }
        if self.expires_time.is_some() {
            len += 1;
        }
        if self.max_size_bytes != 0 {
            len += 1;
        }
        if !self.headers.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.UploadLocation", len)?;
        if !self.signed_url.is_empty() {
            struct_ser.serialize_field("signedUrl", &self.signed_url)?;
        }
        if !self.native_uri.is_empty() {
            struct_ser.serialize_field("nativeUri", &self.native_uri)?;
        }
        if let Some(v) = self.expires_time.as_ref() {
            struct_ser.serialize_field("expiresTime", v)?;
        }
        if self.max_size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxSizeBytes", ToString::to_string(&self.max_size_bytes).as_str())?;
        }
        if !self.headers.is_empty() {
            struct_ser.serialize_field("headers", &self.headers)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadLocation {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "signed_url",
            "signedUrl",
            "native_uri",
            "nativeUri",
            "expires_time",
            "expiresTime",
            "max_size_bytes",
            "maxSizeBytes",
            "headers",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            SignedUrl,
            NativeUri,
            ExpiresTime,
            MaxSizeBytes,
            Headers,
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
                            "signedUrl" | "signed_url" => Ok(GeneratedField::SignedUrl),
                            "nativeUri" | "native_uri" => Ok(GeneratedField::NativeUri),
                            "expiresTime" | "expires_time" => Ok(GeneratedField::ExpiresTime),
                            "maxSizeBytes" | "max_size_bytes" => Ok(GeneratedField::MaxSizeBytes),
                            "headers" => Ok(GeneratedField::Headers),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UploadLocation;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.UploadLocation")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UploadLocation, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut signed_url__ = None;
                let mut native_uri__ = None;
                let mut expires_time__ = None;
                let mut max_size_bytes__ = None;
                let mut headers__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::SignedUrl => {
                            if signed_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("signedUrl"));
                            }
                            signed_url__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NativeUri => {
                            if native_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nativeUri"));
                            }
                            native_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ExpiresTime => {
                            if expires_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("expiresTime"));
                            }
                            expires_time__ = map_.next_value()?;
                        }
                        GeneratedField::MaxSizeBytes => {
                            if max_size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxSizeBytes"));
                            }
                            max_size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Headers => {
                            if headers__.is_some() {
                                return Err(serde::de::Error::duplicate_field("headers"));
                            }
                            headers__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(UploadLocation {
                    signed_url: signed_url__.unwrap_or_default(),
                    native_uri: native_uri__.unwrap_or_default(),
                    expires_time: expires_time__,
                    max_size_bytes: max_size_bytes__.unwrap_or_default(),
                    headers: headers__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.UploadLocation", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UploadPart {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.part_number != 0 {
            len += 1;
        }
        if !self.signed_url.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.dataproxy.v1.UploadPart", len)?;
        if self.part_number != 0 {
            struct_ser.serialize_field("partNumber", &self.part_number)?;
        }
        if !self.signed_url.is_empty() {
            struct_ser.serialize_field("signedUrl", &self.signed_url)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UploadPart {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "part_number",
            "partNumber",
            "signed_url",
            "signedUrl",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            PartNumber,
            SignedUrl,
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
                            "partNumber" | "part_number" => Ok(GeneratedField::PartNumber),
                            "signedUrl" | "signed_url" => Ok(GeneratedField::SignedUrl),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UploadPart;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.dataproxy.v1.UploadPart")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UploadPart, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut part_number__ = None;
                let mut signed_url__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::PartNumber => {
                            if part_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partNumber"));
                            }
                            part_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SignedUrl => {
                            if signed_url__.is_some() {
                                return Err(serde::de::Error::duplicate_field("signedUrl"));
                            }
                            signed_url__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(UploadPart {
                    part_number: part_number__.unwrap_or_default(),
                    signed_url: signed_url__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.dataproxy.v1.UploadPart", FIELDS, GeneratedVisitor)
    }
}
