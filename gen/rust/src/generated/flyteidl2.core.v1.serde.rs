// @generated
impl serde::Serialize for Accelerator {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.device.is_empty() {
            len += 1;
        }
        if !self.partition.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Accelerator", len)?;
        if !self.device.is_empty() {
            struct_ser.serialize_field("device", &self.device)?;
        }
        if !self.partition.is_empty() {
            struct_ser.serialize_field("partition", &self.partition)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Accelerator {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "device",
            "partition",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Device,
            Partition,
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
                            "device" => Ok(GeneratedField::Device),
                            "partition" => Ok(GeneratedField::Partition),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Accelerator;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Accelerator")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Accelerator, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut device__ = None;
                let mut partition__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Device => {
                            if device__.is_some() {
                                return Err(serde::de::Error::duplicate_field("device"));
                            }
                            device__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Partition => {
                            if partition__.is_some() {
                                return Err(serde::de::Error::duplicate_field("partition"));
                            }
                            partition__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Accelerator {
                    device: device__.unwrap_or_default(),
                    partition: partition__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Accelerator", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Binary {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.value.is_empty() {
            len += 1;
        }
        if !self.tag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Binary", len)?;
        if !self.value.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("value", pbjson::private::base64::encode(&self.value).as_str())?;
        }
        if !self.tag.is_empty() {
            struct_ser.serialize_field("tag", &self.tag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Binary {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value",
            "tag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Value,
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
                            "value" => Ok(GeneratedField::Value),
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
            type Value = Binary;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Binary")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Binary, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                let mut tag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Tag => {
                            if tag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tag"));
                            }
                            tag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Binary {
                    value: value__.unwrap_or_default(),
                    tag: tag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Binary", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Blob {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.uri.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Blob", len)?;
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Blob {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "uri",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Uri,
            Metadata,
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
                            "uri" => Ok(GeneratedField::Uri),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Blob;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Blob")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Blob, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut uri__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Blob {
                    uri: uri__.unwrap_or_default(),
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Blob", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BlobDimensionality {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "BLOB_DIMENSIONALITY_UNSPECIFIED",
            Self::Single => "BLOB_DIMENSIONALITY_SINGLE",
            Self::Multipart => "BLOB_DIMENSIONALITY_MULTIPART",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for BlobDimensionality {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "BLOB_DIMENSIONALITY_UNSPECIFIED",
            "BLOB_DIMENSIONALITY_SINGLE",
            "BLOB_DIMENSIONALITY_MULTIPART",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BlobDimensionality;

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
                    "BLOB_DIMENSIONALITY_UNSPECIFIED" => Ok(BlobDimensionality::Unspecified),
                    "BLOB_DIMENSIONALITY_SINGLE" => Ok(BlobDimensionality::Single),
                    "BLOB_DIMENSIONALITY_MULTIPART" => Ok(BlobDimensionality::Multipart),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for BlobMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.blob_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.BlobMetadata", len)?;
        if let Some(v) = self.blob_type.as_ref() {
            struct_ser.serialize_field("blobType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BlobMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "blob_type",
            "blobType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            BlobType,
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
                            "blobType" | "blob_type" => Ok(GeneratedField::BlobType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BlobMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.BlobMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BlobMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut blob_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::BlobType => {
                            if blob_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("blobType"));
                            }
                            blob_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(BlobMetadata {
                    blob_type: blob_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.BlobMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for BlobType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.format.is_empty() {
            len += 1;
        }
        if self.dimensionality != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.BlobType", len)?;
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        if self.dimensionality != 0 {
            let v = BlobDimensionality::try_from(self.dimensionality)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.dimensionality)))?;
            struct_ser.serialize_field("dimensionality", &v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for BlobType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "format",
            "dimensionality",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Format,
            Dimensionality,
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
                            "format" => Ok(GeneratedField::Format),
                            "dimensionality" => Ok(GeneratedField::Dimensionality),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = BlobType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.BlobType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<BlobType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut format__ = None;
                let mut dimensionality__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Dimensionality => {
                            if dimensionality__.is_some() {
                                return Err(serde::de::Error::duplicate_field("dimensionality"));
                            }
                            dimensionality__ = Some(map_.next_value::<BlobDimensionality>()? as i32);
                        }
                    }
                }
                Ok(BlobType {
                    format: format__.unwrap_or_default(),
                    dimensionality: dimensionality__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.BlobType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CollectionType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.element_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.CollectionType", len)?;
        if let Some(v) = self.element_type.as_ref() {
            struct_ser.serialize_field("elementType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CollectionType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "element_type",
            "elementType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ElementType,
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
                            "elementType" | "element_type" => Ok(GeneratedField::ElementType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CollectionType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.CollectionType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CollectionType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut element_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ElementType => {
                            if element_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("elementType"));
                            }
                            element_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CollectionType {
                    element_type: element_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.CollectionType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for EnumType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.values.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.EnumType", len)?;
        if !self.values.is_empty() {
            struct_ser.serialize_field("values", &self.values)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for EnumType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "values",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Values,
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
                            "values" => Ok(GeneratedField::Values),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = EnumType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.EnumType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<EnumType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut values__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Values => {
                            if values__.is_some() {
                                return Err(serde::de::Error::duplicate_field("values"));
                            }
                            values__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(EnumType {
                    values: values__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.EnumType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ErrorKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "ERROR_KIND_UNSPECIFIED",
            Self::User => "ERROR_KIND_USER",
            Self::System => "ERROR_KIND_SYSTEM",
            Self::Unknown => "ERROR_KIND_UNKNOWN",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ErrorKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ERROR_KIND_UNSPECIFIED",
            "ERROR_KIND_USER",
            "ERROR_KIND_SYSTEM",
            "ERROR_KIND_UNKNOWN",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ErrorKind;

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
                    "ERROR_KIND_UNSPECIFIED" => Ok(ErrorKind::Unspecified),
                    "ERROR_KIND_USER" => Ok(ErrorKind::User),
                    "ERROR_KIND_SYSTEM" => Ok(ErrorKind::System),
                    "ERROR_KIND_UNKNOWN" => Ok(ErrorKind::Unknown),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ExecutionError {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.kind != 0 {
            len += 1;
        }
        if !self.code.is_empty() {
            len += 1;
        }
        if !self.message.is_empty() {
            len += 1;
        }
        if self.retryable {
            len += 1;
        }
        if self.error_time.is_some() {
            len += 1;
        }
        if self.attempt != 0 {
            len += 1;
        }
        if !self.worker.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.ExecutionError", len)?;
        if self.kind != 0 {
            let v = ErrorKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.code.is_empty() {
            struct_ser.serialize_field("code", &self.code)?;
        }
        if !self.message.is_empty() {
            struct_ser.serialize_field("message", &self.message)?;
        }
        if self.retryable {
            struct_ser.serialize_field("retryable", &self.retryable)?;
        }
        if let Some(v) = self.error_time.as_ref() {
            struct_ser.serialize_field("errorTime", v)?;
        }
        if self.attempt != 0 {
            struct_ser.serialize_field("attempt", &self.attempt)?;
        }
        if !self.worker.is_empty() {
            struct_ser.serialize_field("worker", &self.worker)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ExecutionError {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "kind",
            "code",
            "message",
            "retryable",
            "error_time",
            "errorTime",
            "attempt",
            "worker",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Kind,
            Code,
            Message,
            Retryable,
            ErrorTime,
            Attempt,
            Worker,
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
                            "kind" => Ok(GeneratedField::Kind),
                            "code" => Ok(GeneratedField::Code),
                            "message" => Ok(GeneratedField::Message),
                            "retryable" => Ok(GeneratedField::Retryable),
                            "errorTime" | "error_time" => Ok(GeneratedField::ErrorTime),
                            "attempt" => Ok(GeneratedField::Attempt),
                            "worker" => Ok(GeneratedField::Worker),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ExecutionError;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.ExecutionError")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ExecutionError, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut kind__ = None;
                let mut code__ = None;
                let mut message__ = None;
                let mut retryable__ = None;
                let mut error_time__ = None;
                let mut attempt__ = None;
                let mut worker__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<ErrorKind>()? as i32);
                        }
                        GeneratedField::Code => {
                            if code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("code"));
                            }
                            code__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Message => {
                            if message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("message"));
                            }
                            message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Retryable => {
                            if retryable__.is_some() {
                                return Err(serde::de::Error::duplicate_field("retryable"));
                            }
                            retryable__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ErrorTime => {
                            if error_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("errorTime"));
                            }
                            error_time__ = map_.next_value()?;
                        }
                        GeneratedField::Attempt => {
                            if attempt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempt"));
                            }
                            attempt__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Worker => {
                            if worker__.is_some() {
                                return Err(serde::de::Error::duplicate_field("worker"));
                            }
                            worker__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ExecutionError {
                    kind: kind__.unwrap_or_default(),
                    code: code__.unwrap_or_default(),
                    message: message__.unwrap_or_default(),
                    retryable: retryable__.unwrap_or_default(),
                    error_time: error_time__,
                    attempt: attempt__.unwrap_or_default(),
                    worker: worker__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.ExecutionError", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Identity {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.service_account.is_empty() {
            len += 1;
        }
        if !self.cloud_identity.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Identity", len)?;
        if !self.service_account.is_empty() {
            struct_ser.serialize_field("serviceAccount", &self.service_account)?;
        }
        if !self.cloud_identity.is_empty() {
            struct_ser.serialize_field("cloudIdentity", &self.cloud_identity)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Identity {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "service_account",
            "serviceAccount",
            "cloud_identity",
            "cloudIdentity",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ServiceAccount,
            CloudIdentity,
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
                            "serviceAccount" | "service_account" => Ok(GeneratedField::ServiceAccount),
                            "cloudIdentity" | "cloud_identity" => Ok(GeneratedField::CloudIdentity),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Identity;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Identity")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Identity, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut service_account__ = None;
                let mut cloud_identity__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ServiceAccount => {
                            if service_account__.is_some() {
                                return Err(serde::de::Error::duplicate_field("serviceAccount"));
                            }
                            service_account__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CloudIdentity => {
                            if cloud_identity__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cloudIdentity"));
                            }
                            cloud_identity__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Identity {
                    service_account: service_account__.unwrap_or_default(),
                    cloud_identity: cloud_identity__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Identity", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Literal {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.metadata.is_empty() {
            len += 1;
        }
        if !self.hash.is_empty() {
            len += 1;
        }
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Literal", len)?;
        if !self.metadata.is_empty() {
            struct_ser.serialize_field("metadata", &self.metadata)?;
        }
        if !self.hash.is_empty() {
            struct_ser.serialize_field("hash", &self.hash)?;
        }
        if let Some(v) = self.value.as_ref() {
            match v {
                literal::Value::Primitive(v) => {
                    struct_ser.serialize_field("primitive", v)?;
                }
                literal::Value::NoneValue(v) => {
                    struct_ser.serialize_field("noneValue", v)?;
                }
                literal::Value::Blob(v) => {
                    struct_ser.serialize_field("blob", v)?;
                }
                literal::Value::StructuredDataset(v) => {
                    struct_ser.serialize_field("structuredDataset", v)?;
                }
                literal::Value::Binary(v) => {
                    struct_ser.serialize_field("binary", v)?;
                }
                literal::Value::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
                literal::Value::UnionValue(v) => {
                    struct_ser.serialize_field("unionValue", v)?;
                }
                literal::Value::Collection(v) => {
                    struct_ser.serialize_field("collection", v)?;
                }
                literal::Value::Map(v) => {
                    struct_ser.serialize_field("map", v)?;
                }
                literal::Value::Offloaded(v) => {
                    struct_ser.serialize_field("offloaded", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Literal {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metadata",
            "hash",
            "primitive",
            "none_value",
            "noneValue",
            "blob",
            "structured_dataset",
            "structuredDataset",
            "binary",
            "error",
            "union_value",
            "unionValue",
            "collection",
            "map",
            "offloaded",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metadata,
            Hash,
            Primitive,
            NoneValue,
            Blob,
            StructuredDataset,
            Binary,
            Error,
            UnionValue,
            Collection,
            Map,
            Offloaded,
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
                            "metadata" => Ok(GeneratedField::Metadata),
                            "hash" => Ok(GeneratedField::Hash),
                            "primitive" => Ok(GeneratedField::Primitive),
                            "noneValue" | "none_value" => Ok(GeneratedField::NoneValue),
                            "blob" => Ok(GeneratedField::Blob),
                            "structuredDataset" | "structured_dataset" => Ok(GeneratedField::StructuredDataset),
                            "binary" => Ok(GeneratedField::Binary),
                            "error" => Ok(GeneratedField::Error),
                            "unionValue" | "union_value" => Ok(GeneratedField::UnionValue),
                            "collection" => Ok(GeneratedField::Collection),
                            "map" => Ok(GeneratedField::Map),
                            "offloaded" => Ok(GeneratedField::Offloaded),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Literal;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Literal")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Literal, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metadata__ = None;
                let mut hash__ = None;
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::Hash => {
                            if hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("hash"));
                            }
                            hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Primitive => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("primitive"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Primitive)
;
                        }
                        GeneratedField::NoneValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("noneValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::NoneValue)
;
                        }
                        GeneratedField::Blob => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("blob"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Blob)
;
                        }
                        GeneratedField::StructuredDataset => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("structuredDataset"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::StructuredDataset)
;
                        }
                        GeneratedField::Binary => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("binary"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Binary)
;
                        }
                        GeneratedField::Error => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Error)
;
                        }
                        GeneratedField::UnionValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unionValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::UnionValue)
;
                        }
                        GeneratedField::Collection => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("collection"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Collection)
;
                        }
                        GeneratedField::Map => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("map"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Map)
;
                        }
                        GeneratedField::Offloaded => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("offloaded"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(literal::Value::Offloaded)
;
                        }
                    }
                }
                Ok(Literal {
                    metadata: metadata__.unwrap_or_default(),
                    hash: hash__.unwrap_or_default(),
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Literal", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LiteralCollection {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.literals.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.LiteralCollection", len)?;
        if !self.literals.is_empty() {
            struct_ser.serialize_field("literals", &self.literals)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LiteralCollection {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "literals",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Literals,
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
                            "literals" => Ok(GeneratedField::Literals),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LiteralCollection;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.LiteralCollection")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LiteralCollection, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut literals__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Literals => {
                            if literals__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literals"));
                            }
                            literals__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LiteralCollection {
                    literals: literals__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.LiteralCollection", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LiteralMap {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.literals.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.LiteralMap", len)?;
        if !self.literals.is_empty() {
            struct_ser.serialize_field("literals", &self.literals)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LiteralMap {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "literals",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Literals,
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
                            "literals" => Ok(GeneratedField::Literals),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LiteralMap;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.LiteralMap")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LiteralMap, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut literals__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Literals => {
                            if literals__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literals"));
                            }
                            literals__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                    }
                }
                Ok(LiteralMap {
                    literals: literals__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.LiteralMap", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LiteralType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.metadata.is_some() {
            len += 1;
        }
        if self.structure.is_some() {
            len += 1;
        }
        if self.kind.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.LiteralType", len)?;
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        if let Some(v) = self.structure.as_ref() {
            struct_ser.serialize_field("structure", v)?;
        }
        if let Some(v) = self.kind.as_ref() {
            match v {
                literal_type::Kind::Simple(v) => {
                    let v = SimpleType::try_from(*v)
                        .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", *v)))?;
                    struct_ser.serialize_field("simple", &v)?;
                }
                literal_type::Kind::BlobType(v) => {
                    struct_ser.serialize_field("blobType", v)?;
                }
                literal_type::Kind::EnumType(v) => {
                    struct_ser.serialize_field("enumType", v)?;
                }
                literal_type::Kind::UnionType(v) => {
                    struct_ser.serialize_field("unionType", v)?;
                }
                literal_type::Kind::CollectionType(v) => {
                    struct_ser.serialize_field("collectionType", v)?;
                }
                literal_type::Kind::MapType(v) => {
                    struct_ser.serialize_field("mapType", v)?;
                }
                literal_type::Kind::StructuredDatasetType(v) => {
                    struct_ser.serialize_field("structuredDatasetType", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LiteralType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "metadata",
            "structure",
            "simple",
            "blob_type",
            "blobType",
            "enum_type",
            "enumType",
            "union_type",
            "unionType",
            "collection_type",
            "collectionType",
            "map_type",
            "mapType",
            "structured_dataset_type",
            "structuredDatasetType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Metadata,
            Structure,
            Simple,
            BlobType,
            EnumType,
            UnionType,
            CollectionType,
            MapType,
            StructuredDatasetType,
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
                            "metadata" => Ok(GeneratedField::Metadata),
                            "structure" => Ok(GeneratedField::Structure),
                            "simple" => Ok(GeneratedField::Simple),
                            "blobType" | "blob_type" => Ok(GeneratedField::BlobType),
                            "enumType" | "enum_type" => Ok(GeneratedField::EnumType),
                            "unionType" | "union_type" => Ok(GeneratedField::UnionType),
                            "collectionType" | "collection_type" => Ok(GeneratedField::CollectionType),
                            "mapType" | "map_type" => Ok(GeneratedField::MapType),
                            "structuredDatasetType" | "structured_dataset_type" => Ok(GeneratedField::StructuredDatasetType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LiteralType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.LiteralType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LiteralType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut metadata__ = None;
                let mut structure__ = None;
                let mut kind__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                        GeneratedField::Structure => {
                            if structure__.is_some() {
                                return Err(serde::de::Error::duplicate_field("structure"));
                            }
                            structure__ = map_.next_value()?;
                        }
                        GeneratedField::Simple => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("simple"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<SimpleType>>()?.map(|x| literal_type::Kind::Simple(x as i32));
                        }
                        GeneratedField::BlobType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("blobType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::BlobType)
;
                        }
                        GeneratedField::EnumType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("enumType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::EnumType)
;
                        }
                        GeneratedField::UnionType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("unionType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::UnionType)
;
                        }
                        GeneratedField::CollectionType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("collectionType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::CollectionType)
;
                        }
                        GeneratedField::MapType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mapType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::MapType)
;
                        }
                        GeneratedField::StructuredDatasetType => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("structuredDatasetType"));
                            }
                            kind__ = map_.next_value::<::std::option::Option<_>>()?.map(literal_type::Kind::StructuredDatasetType)
;
                        }
                    }
                }
                Ok(LiteralType {
                    metadata: metadata__,
                    structure: structure__,
                    kind: kind__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.LiteralType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for MapType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.value_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.MapType", len)?;
        if let Some(v) = self.value_type.as_ref() {
            struct_ser.serialize_field("valueType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for MapType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value_type",
            "valueType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ValueType,
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
                            "valueType" | "value_type" => Ok(GeneratedField::ValueType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = MapType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.MapType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<MapType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ValueType => {
                            if value_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("valueType"));
                            }
                            value_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(MapType {
                    value_type: value_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.MapType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NoneValue {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.core.v1.NoneValue", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NoneValue {
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
            type Value = NoneValue;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.NoneValue")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NoneValue, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(NoneValue {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.NoneValue", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for OffloadedLiteral {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.uri.is_empty() {
            len += 1;
        }
        if self.size_bytes != 0 {
            len += 1;
        }
        if !self.content_sha256.is_empty() {
            len += 1;
        }
        if self.inferred_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.OffloadedLiteral", len)?;
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        if !self.content_sha256.is_empty() {
            struct_ser.serialize_field("contentSha256", &self.content_sha256)?;
        }
        if let Some(v) = self.inferred_type.as_ref() {
            struct_ser.serialize_field("inferredType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for OffloadedLiteral {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "uri",
            "size_bytes",
            "sizeBytes",
            "content_sha256",
            "contentSha256",
            "inferred_type",
            "inferredType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Uri,
            SizeBytes,
            ContentSha256,
            InferredType,
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
                            "uri" => Ok(GeneratedField::Uri),
                            "sizeBytes" | "size_bytes" => Ok(GeneratedField::SizeBytes),
                            "contentSha256" | "content_sha256" => Ok(GeneratedField::ContentSha256),
                            "inferredType" | "inferred_type" => Ok(GeneratedField::InferredType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OffloadedLiteral;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.OffloadedLiteral")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<OffloadedLiteral, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut uri__ = None;
                let mut size_bytes__ = None;
                let mut content_sha256__ = None;
                let mut inferred_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SizeBytes => {
                            if size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sizeBytes"));
                            }
                            size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::ContentSha256 => {
                            if content_sha256__.is_some() {
                                return Err(serde::de::Error::duplicate_field("contentSha256"));
                            }
                            content_sha256__ = Some(map_.next_value()?);
                        }
                        GeneratedField::InferredType => {
                            if inferred_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inferredType"));
                            }
                            inferred_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(OffloadedLiteral {
                    uri: uri__.unwrap_or_default(),
                    size_bytes: size_bytes__.unwrap_or_default(),
                    content_sha256: content_sha256__.unwrap_or_default(),
                    inferred_type: inferred_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.OffloadedLiteral", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Parameter {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.variable.is_some() {
            len += 1;
        }
        if self.default_value.is_some() {
            len += 1;
        }
        if self.required {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Parameter", len)?;
        if let Some(v) = self.variable.as_ref() {
            struct_ser.serialize_field("variable", v)?;
        }
        if let Some(v) = self.default_value.as_ref() {
            struct_ser.serialize_field("defaultValue", v)?;
        }
        if self.required {
            struct_ser.serialize_field("required", &self.required)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Parameter {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "variable",
            "default_value",
            "defaultValue",
            "required",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Variable,
            DefaultValue,
            Required,
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
                            "variable" => Ok(GeneratedField::Variable),
                            "defaultValue" | "default_value" => Ok(GeneratedField::DefaultValue),
                            "required" => Ok(GeneratedField::Required),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Parameter;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Parameter")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Parameter, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut variable__ = None;
                let mut default_value__ = None;
                let mut required__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Variable => {
                            if variable__.is_some() {
                                return Err(serde::de::Error::duplicate_field("variable"));
                            }
                            variable__ = map_.next_value()?;
                        }
                        GeneratedField::DefaultValue => {
                            if default_value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("defaultValue"));
                            }
                            default_value__ = map_.next_value()?;
                        }
                        GeneratedField::Required => {
                            if required__.is_some() {
                                return Err(serde::de::Error::duplicate_field("required"));
                            }
                            required__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Parameter {
                    variable: variable__,
                    default_value: default_value__,
                    required: required__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Parameter", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Primitive {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.value.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Primitive", len)?;
        if let Some(v) = self.value.as_ref() {
            match v {
                primitive::Value::Integer(v) => {
                    #[allow(clippy::needless_borrow)]
                    #[allow(clippy::needless_borrows_for_generic_args)]
                    struct_ser.serialize_field("integer", ToString::to_string(&v).as_str())?;
                }
                primitive::Value::FloatValue(v) => {
                    struct_ser.serialize_field("floatValue", v)?;
                }
                primitive::Value::StringValue(v) => {
                    struct_ser.serialize_field("stringValue", v)?;
                }
                primitive::Value::Boolean(v) => {
                    struct_ser.serialize_field("boolean", v)?;
                }
                primitive::Value::Datetime(v) => {
                    struct_ser.serialize_field("datetime", v)?;
                }
                primitive::Value::Duration(v) => {
                    struct_ser.serialize_field("duration", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Primitive {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "integer",
            "float_value",
            "floatValue",
            "string_value",
            "stringValue",
            "boolean",
            "datetime",
            "duration",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Integer,
            FloatValue,
            StringValue,
            Boolean,
            Datetime,
            Duration,
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
                            "integer" => Ok(GeneratedField::Integer),
                            "floatValue" | "float_value" => Ok(GeneratedField::FloatValue),
                            "stringValue" | "string_value" => Ok(GeneratedField::StringValue),
                            "boolean" => Ok(GeneratedField::Boolean),
                            "datetime" => Ok(GeneratedField::Datetime),
                            "duration" => Ok(GeneratedField::Duration),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Primitive;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Primitive")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Primitive, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Integer => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("integer"));
                            }
                            value__ = map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| primitive::Value::Integer(x.0));
                        }
                        GeneratedField::FloatValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("floatValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<::pbjson::private::NumberDeserialize<_>>>()?.map(|x| primitive::Value::FloatValue(x.0));
                        }
                        GeneratedField::StringValue => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stringValue"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(primitive::Value::StringValue);
                        }
                        GeneratedField::Boolean => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("boolean"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(primitive::Value::Boolean);
                        }
                        GeneratedField::Datetime => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("datetime"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(primitive::Value::Datetime)
;
                        }
                        GeneratedField::Duration => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("duration"));
                            }
                            value__ = map_.next_value::<::std::option::Option<_>>()?.map(primitive::Value::Duration)
;
                        }
                    }
                }
                Ok(Primitive {
                    value: value__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Primitive", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ResourceQuantities {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.cpu_millicores != 0 {
            len += 1;
        }
        if self.memory_bytes != 0 {
            len += 1;
        }
        if self.gpu_count != 0 {
            len += 1;
        }
        if self.ephemeral_storage_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.ResourceQuantities", len)?;
        if self.cpu_millicores != 0 {
            struct_ser.serialize_field("cpuMillicores", &self.cpu_millicores)?;
        }
        if self.memory_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("memoryBytes", ToString::to_string(&self.memory_bytes).as_str())?;
        }
        if self.gpu_count != 0 {
            struct_ser.serialize_field("gpuCount", &self.gpu_count)?;
        }
        if self.ephemeral_storage_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("ephemeralStorageBytes", ToString::to_string(&self.ephemeral_storage_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResourceQuantities {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "cpu_millicores",
            "cpuMillicores",
            "memory_bytes",
            "memoryBytes",
            "gpu_count",
            "gpuCount",
            "ephemeral_storage_bytes",
            "ephemeralStorageBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CpuMillicores,
            MemoryBytes,
            GpuCount,
            EphemeralStorageBytes,
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
                            "cpuMillicores" | "cpu_millicores" => Ok(GeneratedField::CpuMillicores),
                            "memoryBytes" | "memory_bytes" => Ok(GeneratedField::MemoryBytes),
                            "gpuCount" | "gpu_count" => Ok(GeneratedField::GpuCount),
                            "ephemeralStorageBytes" | "ephemeral_storage_bytes" => Ok(GeneratedField::EphemeralStorageBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResourceQuantities;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.ResourceQuantities")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ResourceQuantities, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut cpu_millicores__ = None;
                let mut memory_bytes__ = None;
                let mut gpu_count__ = None;
                let mut ephemeral_storage_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CpuMillicores => {
                            if cpu_millicores__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cpuMillicores"));
                            }
                            cpu_millicores__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MemoryBytes => {
                            if memory_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("memoryBytes"));
                            }
                            memory_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::GpuCount => {
                            if gpu_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gpuCount"));
                            }
                            gpu_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::EphemeralStorageBytes => {
                            if ephemeral_storage_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ephemeralStorageBytes"));
                            }
                            ephemeral_storage_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ResourceQuantities {
                    cpu_millicores: cpu_millicores__.unwrap_or_default(),
                    memory_bytes: memory_bytes__.unwrap_or_default(),
                    gpu_count: gpu_count__.unwrap_or_default(),
                    ephemeral_storage_bytes: ephemeral_storage_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.ResourceQuantities", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Resources {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.requests.is_some() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.accelerator.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Resources", len)?;
        if let Some(v) = self.requests.as_ref() {
            struct_ser.serialize_field("requests", v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if let Some(v) = self.accelerator.as_ref() {
            struct_ser.serialize_field("accelerator", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Resources {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "requests",
            "limits",
            "accelerator",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Requests,
            Limits,
            Accelerator,
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
                            "requests" => Ok(GeneratedField::Requests),
                            "limits" => Ok(GeneratedField::Limits),
                            "accelerator" => Ok(GeneratedField::Accelerator),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Resources;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Resources")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Resources, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut requests__ = None;
                let mut limits__ = None;
                let mut accelerator__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Requests => {
                            if requests__.is_some() {
                                return Err(serde::de::Error::duplicate_field("requests"));
                            }
                            requests__ = map_.next_value()?;
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Accelerator => {
                            if accelerator__.is_some() {
                                return Err(serde::de::Error::duplicate_field("accelerator"));
                            }
                            accelerator__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Resources {
                    requests: requests__,
                    limits: limits__,
                    accelerator: accelerator__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Resources", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RetryPolicy {
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
        if self.backoff_multiplier != 0. {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.RetryPolicy", len)?;
        if self.max_attempts != 0 {
            struct_ser.serialize_field("maxAttempts", &self.max_attempts)?;
        }
        if let Some(v) = self.initial_backoff.as_ref() {
            struct_ser.serialize_field("initialBackoff", v)?;
        }
        if let Some(v) = self.max_backoff.as_ref() {
            struct_ser.serialize_field("maxBackoff", v)?;
        }
        if self.backoff_multiplier != 0. {
            struct_ser.serialize_field("backoffMultiplier", &self.backoff_multiplier)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RetryPolicy {
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
            "backoff_multiplier",
            "backoffMultiplier",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxAttempts,
            InitialBackoff,
            MaxBackoff,
            BackoffMultiplier,
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
                            "backoffMultiplier" | "backoff_multiplier" => Ok(GeneratedField::BackoffMultiplier),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RetryPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.RetryPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RetryPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_attempts__ = None;
                let mut initial_backoff__ = None;
                let mut max_backoff__ = None;
                let mut backoff_multiplier__ = None;
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
                        GeneratedField::BackoffMultiplier => {
                            if backoff_multiplier__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backoffMultiplier"));
                            }
                            backoff_multiplier__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(RetryPolicy {
                    max_attempts: max_attempts__.unwrap_or_default(),
                    initial_backoff: initial_backoff__,
                    max_backoff: max_backoff__,
                    backoff_multiplier: backoff_multiplier__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.RetryPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecretReference {
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
        if self.allow_missing {
            len += 1;
        }
        if self.mount.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.SecretReference", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if self.allow_missing {
            struct_ser.serialize_field("allowMissing", &self.allow_missing)?;
        }
        if let Some(v) = self.mount.as_ref() {
            match v {
                secret_reference::Mount::EnvVarName(v) => {
                    struct_ser.serialize_field("envVarName", v)?;
                }
                secret_reference::Mount::FilePath(v) => {
                    struct_ser.serialize_field("filePath", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecretReference {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "allow_missing",
            "allowMissing",
            "env_var_name",
            "envVarName",
            "file_path",
            "filePath",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            AllowMissing,
            EnvVarName,
            FilePath,
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
                            "allowMissing" | "allow_missing" => Ok(GeneratedField::AllowMissing),
                            "envVarName" | "env_var_name" => Ok(GeneratedField::EnvVarName),
                            "filePath" | "file_path" => Ok(GeneratedField::FilePath),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecretReference;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.SecretReference")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecretReference, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut allow_missing__ = None;
                let mut mount__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AllowMissing => {
                            if allow_missing__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allowMissing"));
                            }
                            allow_missing__ = Some(map_.next_value()?);
                        }
                        GeneratedField::EnvVarName => {
                            if mount__.is_some() {
                                return Err(serde::de::Error::duplicate_field("envVarName"));
                            }
                            mount__ = map_.next_value::<::std::option::Option<_>>()?.map(secret_reference::Mount::EnvVarName);
                        }
                        GeneratedField::FilePath => {
                            if mount__.is_some() {
                                return Err(serde::de::Error::duplicate_field("filePath"));
                            }
                            mount__ = map_.next_value::<::std::option::Option<_>>()?.map(secret_reference::Mount::FilePath);
                        }
                    }
                }
                Ok(SecretReference {
                    name: name__.unwrap_or_default(),
                    allow_missing: allow_missing__.unwrap_or_default(),
                    mount: mount__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.SecretReference", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SecurityContext {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.run_as.is_some() {
            len += 1;
        }
        if !self.secrets.is_empty() {
            len += 1;
        }
        if !self.connections.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.SecurityContext", len)?;
        if let Some(v) = self.run_as.as_ref() {
            struct_ser.serialize_field("runAs", v)?;
        }
        if !self.secrets.is_empty() {
            struct_ser.serialize_field("secrets", &self.secrets)?;
        }
        if !self.connections.is_empty() {
            struct_ser.serialize_field("connections", &self.connections)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SecurityContext {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_as",
            "runAs",
            "secrets",
            "connections",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunAs,
            Secrets,
            Connections,
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
                            "runAs" | "run_as" => Ok(GeneratedField::RunAs),
                            "secrets" => Ok(GeneratedField::Secrets),
                            "connections" => Ok(GeneratedField::Connections),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SecurityContext;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.SecurityContext")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SecurityContext, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run_as__ = None;
                let mut secrets__ = None;
                let mut connections__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RunAs => {
                            if run_as__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runAs"));
                            }
                            run_as__ = map_.next_value()?;
                        }
                        GeneratedField::Secrets => {
                            if secrets__.is_some() {
                                return Err(serde::de::Error::duplicate_field("secrets"));
                            }
                            secrets__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Connections => {
                            if connections__.is_some() {
                                return Err(serde::de::Error::duplicate_field("connections"));
                            }
                            connections__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(SecurityContext {
                    run_as: run_as__,
                    secrets: secrets__.unwrap_or_default(),
                    connections: connections__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.SecurityContext", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SimpleType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SIMPLE_TYPE_UNSPECIFIED",
            Self::None => "SIMPLE_TYPE_NONE",
            Self::Integer => "SIMPLE_TYPE_INTEGER",
            Self::Float => "SIMPLE_TYPE_FLOAT",
            Self::String => "SIMPLE_TYPE_STRING",
            Self::Boolean => "SIMPLE_TYPE_BOOLEAN",
            Self::Datetime => "SIMPLE_TYPE_DATETIME",
            Self::Duration => "SIMPLE_TYPE_DURATION",
            Self::Binary => "SIMPLE_TYPE_BINARY",
            Self::Error => "SIMPLE_TYPE_ERROR",
            Self::Struct => "SIMPLE_TYPE_STRUCT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SimpleType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SIMPLE_TYPE_UNSPECIFIED",
            "SIMPLE_TYPE_NONE",
            "SIMPLE_TYPE_INTEGER",
            "SIMPLE_TYPE_FLOAT",
            "SIMPLE_TYPE_STRING",
            "SIMPLE_TYPE_BOOLEAN",
            "SIMPLE_TYPE_DATETIME",
            "SIMPLE_TYPE_DURATION",
            "SIMPLE_TYPE_BINARY",
            "SIMPLE_TYPE_ERROR",
            "SIMPLE_TYPE_STRUCT",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SimpleType;

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
                    "SIMPLE_TYPE_UNSPECIFIED" => Ok(SimpleType::Unspecified),
                    "SIMPLE_TYPE_NONE" => Ok(SimpleType::None),
                    "SIMPLE_TYPE_INTEGER" => Ok(SimpleType::Integer),
                    "SIMPLE_TYPE_FLOAT" => Ok(SimpleType::Float),
                    "SIMPLE_TYPE_STRING" => Ok(SimpleType::String),
                    "SIMPLE_TYPE_BOOLEAN" => Ok(SimpleType::Boolean),
                    "SIMPLE_TYPE_DATETIME" => Ok(SimpleType::Datetime),
                    "SIMPLE_TYPE_DURATION" => Ok(SimpleType::Duration),
                    "SIMPLE_TYPE_BINARY" => Ok(SimpleType::Binary),
                    "SIMPLE_TYPE_ERROR" => Ok(SimpleType::Error),
                    "SIMPLE_TYPE_STRUCT" => Ok(SimpleType::Struct),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StructuredDataset {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.uri.is_empty() {
            len += 1;
        }
        if self.metadata.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.StructuredDataset", len)?;
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if let Some(v) = self.metadata.as_ref() {
            struct_ser.serialize_field("metadata", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StructuredDataset {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "uri",
            "metadata",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Uri,
            Metadata,
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
                            "uri" => Ok(GeneratedField::Uri),
                            "metadata" => Ok(GeneratedField::Metadata),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StructuredDataset;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.StructuredDataset")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StructuredDataset, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut uri__ = None;
                let mut metadata__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Metadata => {
                            if metadata__.is_some() {
                                return Err(serde::de::Error::duplicate_field("metadata"));
                            }
                            metadata__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StructuredDataset {
                    uri: uri__.unwrap_or_default(),
                    metadata: metadata__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.StructuredDataset", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StructuredDatasetColumn {
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
        if self.literal_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.StructuredDatasetColumn", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.literal_type.as_ref() {
            struct_ser.serialize_field("literalType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StructuredDatasetColumn {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "literal_type",
            "literalType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            LiteralType,
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
                            "literalType" | "literal_type" => Ok(GeneratedField::LiteralType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StructuredDatasetColumn;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.StructuredDatasetColumn")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StructuredDatasetColumn, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut literal_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LiteralType => {
                            if literal_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literalType"));
                            }
                            literal_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StructuredDatasetColumn {
                    name: name__.unwrap_or_default(),
                    literal_type: literal_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.StructuredDatasetColumn", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StructuredDatasetMetadata {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.structured_dataset_type.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.StructuredDatasetMetadata", len)?;
        if let Some(v) = self.structured_dataset_type.as_ref() {
            struct_ser.serialize_field("structuredDatasetType", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StructuredDatasetMetadata {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "structured_dataset_type",
            "structuredDatasetType",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            StructuredDatasetType,
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
                            "structuredDatasetType" | "structured_dataset_type" => Ok(GeneratedField::StructuredDatasetType),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StructuredDatasetMetadata;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.StructuredDatasetMetadata")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StructuredDatasetMetadata, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut structured_dataset_type__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::StructuredDatasetType => {
                            if structured_dataset_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("structuredDatasetType"));
                            }
                            structured_dataset_type__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StructuredDatasetMetadata {
                    structured_dataset_type: structured_dataset_type__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.StructuredDatasetMetadata", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StructuredDatasetType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.columns.is_empty() {
            len += 1;
        }
        if !self.format.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.StructuredDatasetType", len)?;
        if !self.columns.is_empty() {
            struct_ser.serialize_field("columns", &self.columns)?;
        }
        if !self.format.is_empty() {
            struct_ser.serialize_field("format", &self.format)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StructuredDatasetType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "columns",
            "format",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Columns,
            Format,
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
                            "columns" => Ok(GeneratedField::Columns),
                            "format" => Ok(GeneratedField::Format),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StructuredDatasetType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.StructuredDatasetType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StructuredDatasetType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut columns__ = None;
                let mut format__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Columns => {
                            if columns__.is_some() {
                                return Err(serde::de::Error::duplicate_field("columns"));
                            }
                            columns__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Format => {
                            if format__.is_some() {
                                return Err(serde::de::Error::duplicate_field("format"));
                            }
                            format__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(StructuredDatasetType {
                    columns: columns__.unwrap_or_default(),
                    format: format__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.StructuredDatasetType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TimeoutPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.run_timeout.is_some() {
            len += 1;
        }
        if self.queue_timeout.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.TimeoutPolicy", len)?;
        if let Some(v) = self.run_timeout.as_ref() {
            struct_ser.serialize_field("runTimeout", v)?;
        }
        if let Some(v) = self.queue_timeout.as_ref() {
            struct_ser.serialize_field("queueTimeout", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TimeoutPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run_timeout",
            "runTimeout",
            "queue_timeout",
            "queueTimeout",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RunTimeout,
            QueueTimeout,
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
                            "runTimeout" | "run_timeout" => Ok(GeneratedField::RunTimeout),
                            "queueTimeout" | "queue_timeout" => Ok(GeneratedField::QueueTimeout),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TimeoutPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.TimeoutPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TimeoutPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run_timeout__ = None;
                let mut queue_timeout__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RunTimeout => {
                            if run_timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runTimeout"));
                            }
                            run_timeout__ = map_.next_value()?;
                        }
                        GeneratedField::QueueTimeout => {
                            if queue_timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("queueTimeout"));
                            }
                            queue_timeout__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TimeoutPolicy {
                    run_timeout: run_timeout__,
                    queue_timeout: queue_timeout__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.TimeoutPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TypeStructure {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.tag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.TypeStructure", len)?;
        if !self.tag.is_empty() {
            struct_ser.serialize_field("tag", &self.tag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TypeStructure {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "tag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = TypeStructure;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.TypeStructure")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TypeStructure, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut tag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Tag => {
                            if tag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tag"));
                            }
                            tag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TypeStructure {
                    tag: tag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.TypeStructure", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TypedInterface {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.inputs.is_empty() {
            len += 1;
        }
        if !self.outputs.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.TypedInterface", len)?;
        if !self.inputs.is_empty() {
            struct_ser.serialize_field("inputs", &self.inputs)?;
        }
        if !self.outputs.is_empty() {
            struct_ser.serialize_field("outputs", &self.outputs)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TypedInterface {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "inputs",
            "outputs",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Inputs,
            Outputs,
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
                            "inputs" => Ok(GeneratedField::Inputs),
                            "outputs" => Ok(GeneratedField::Outputs),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TypedInterface;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.TypedInterface")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TypedInterface, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut inputs__ = None;
                let mut outputs__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Outputs => {
                            if outputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputs"));
                            }
                            outputs__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TypedInterface {
                    inputs: inputs__.unwrap_or_default(),
                    outputs: outputs__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.TypedInterface", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Union {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.value.is_some() {
            len += 1;
        }
        if !self.tag.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Union", len)?;
        if let Some(v) = self.value.as_ref() {
            struct_ser.serialize_field("value", v)?;
        }
        if !self.tag.is_empty() {
            struct_ser.serialize_field("tag", &self.tag)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Union {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "value",
            "tag",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Value,
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
                            "value" => Ok(GeneratedField::Value),
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
            type Value = Union;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Union")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Union, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut value__ = None;
                let mut tag__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Value => {
                            if value__.is_some() {
                                return Err(serde::de::Error::duplicate_field("value"));
                            }
                            value__ = map_.next_value()?;
                        }
                        GeneratedField::Tag => {
                            if tag__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tag"));
                            }
                            tag__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Union {
                    value: value__,
                    tag: tag__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Union", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for UnionType {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.variants.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.UnionType", len)?;
        if !self.variants.is_empty() {
            struct_ser.serialize_field("variants", &self.variants)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for UnionType {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "variants",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Variants,
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
                            "variants" => Ok(GeneratedField::Variants),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = UnionType;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.UnionType")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<UnionType, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut variants__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Variants => {
                            if variants__.is_some() {
                                return Err(serde::de::Error::duplicate_field("variants"));
                            }
                            variants__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(UnionType {
                    variants: variants__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.UnionType", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Variable {
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
        if self.literal_type.is_some() {
            len += 1;
        }
        if !self.description.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.core.v1.Variable", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if let Some(v) = self.literal_type.as_ref() {
            struct_ser.serialize_field("literalType", v)?;
        }
        if !self.description.is_empty() {
            struct_ser.serialize_field("description", &self.description)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Variable {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "literal_type",
            "literalType",
            "description",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            LiteralType,
            Description,
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
                            "literalType" | "literal_type" => Ok(GeneratedField::LiteralType),
                            "description" => Ok(GeneratedField::Description),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Variable;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.core.v1.Variable")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Variable, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut literal_type__ = None;
                let mut description__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::LiteralType => {
                            if literal_type__.is_some() {
                                return Err(serde::de::Error::duplicate_field("literalType"));
                            }
                            literal_type__ = map_.next_value()?;
                        }
                        GeneratedField::Description => {
                            if description__.is_some() {
                                return Err(serde::de::Error::duplicate_field("description"));
                            }
                            description__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(Variable {
                    name: name__.unwrap_or_default(),
                    literal_type: literal_type__,
                    description: description__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.core.v1.Variable", FIELDS, GeneratedVisitor)
    }
}
