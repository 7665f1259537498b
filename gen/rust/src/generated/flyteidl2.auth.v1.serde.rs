// @generated
impl serde::Serialize for GetOAuth2MetadataRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetOAuth2MetadataRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetOAuth2MetadataRequest {
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
            type Value = GetOAuth2MetadataRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetOAuth2MetadataRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetOAuth2MetadataRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetOAuth2MetadataRequest {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetOAuth2MetadataRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetOAuth2MetadataResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.issuer.is_empty() {
            len += 1;
        }
        if !self.authorization_endpoint.is_empty() {
            len += 1;
        }
        if !self.token_endpoint.is_empty() {
            len += 1;
        }
        if !self.device_authorization_endpoint.is_empty() {
            len += 1;
        }
        if !self.jwks_uri.is_empty() {
            len += 1;
        }
        if !self.scopes_supported.is_empty() {
            len += 1;
        }
        if !self.response_types_supported.is_empty() {
            len += 1;
        }
        if !self.grant_types_supported.is_empty() {
            len += 1;
        }
        if !self.token_endpoint_auth_methods_supported.is_empty() {
            len += 1;
        }
        if !self.code_challenge_methods_supported.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetOAuth2MetadataResponse", len)?;
        if !self.issuer.is_empty() {
            struct_ser.serialize_field("issuer", &self.issuer)?;
        }
        if !self.authorization_endpoint.is_empty() {
            struct_ser.serialize_field("authorizationEndpoint", &self.authorization_endpoint)?;
        }
        if !self.token_endpoint.is_empty() {
            struct_ser.serialize_field("tokenEndpoint", &self.token_endpoint)?;
        }
        if !self.device_authorization_endpoint.is_empty() {
            struct_ser.serialize_field("deviceAuthorizationEndpoint", &self.device_authorization_endpoint)?;
        }
        if !self.jwks_uri.is_empty() {
            struct_ser.serialize_field("jwksUri", &self.jwks_uri)?;
        }
        if !self.scopes_supported.is_empty() {
            struct_ser.serialize_field("scopesSupported", &self.scopes_supported)?;
        }
        if !self.response_types_supported.is_empty() {
            struct_ser.serialize_field("responseTypesSupported", &self.response_types_supported)?;
        }
        if !self.grant_types_supported.is_empty() {
            struct_ser.serialize_field("grantTypesSupported", &self.grant_types_supported)?;
        }
        if !self.token_endpoint_auth_methods_supported.is_empty() {
            struct_ser.serialize_field("tokenEndpointAuthMethodsSupported", &self.token_endpoint_auth_methods_supported)?;
        }
        if !self.code_challenge_methods_supported.is_empty() {
            struct_ser.serialize_field("codeChallengeMethodsSupported", &self.code_challenge_methods_supported)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetOAuth2MetadataResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "issuer",
            "authorization_endpoint",
            "authorizationEndpoint",
            "token_endpoint",
            "tokenEndpoint",
            "device_authorization_endpoint",
            "deviceAuthorizationEndpoint",
            "jwks_uri",
            "jwksUri",
            "scopes_supported",
            "scopesSupported",
            "response_types_supported",
            "responseTypesSupported",
            "grant_types_supported",
            "grantTypesSupported",
            "token_endpoint_auth_methods_supported",
            "tokenEndpointAuthMethodsSupported",
            "code_challenge_methods_supported",
            "codeChallengeMethodsSupported",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Issuer,
            AuthorizationEndpoint,
            TokenEndpoint,
            DeviceAuthorizationEndpoint,
            JwksUri,
            ScopesSupported,
            ResponseTypesSupported,
            GrantTypesSupported,
            TokenEndpointAuthMethodsSupported,
            CodeChallengeMethodsSupported,
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
                            "issuer" => Ok(GeneratedField::Issuer),
                            "authorizationEndpoint" | "authorization_endpoint" => Ok(GeneratedField::AuthorizationEndpoint),
                            "tokenEndpoint" | "token_endpoint" => Ok(GeneratedField::TokenEndpoint),
                            "deviceAuthorizationEndpoint" | "device_authorization_endpoint" => Ok(GeneratedField::DeviceAuthorizationEndpoint),
                            "jwksUri" | "jwks_uri" => Ok(GeneratedField::JwksUri),
                            "scopesSupported" | "scopes_supported" => Ok(GeneratedField::ScopesSupported),
                            "responseTypesSupported" | "response_types_supported" => Ok(GeneratedField::ResponseTypesSupported),
                            "grantTypesSupported" | "grant_types_supported" => Ok(GeneratedField::GrantTypesSupported),
                            "tokenEndpointAuthMethodsSupported" | "token_endpoint_auth_methods_supported" => Ok(GeneratedField::TokenEndpointAuthMethodsSupported),
                            "codeChallengeMethodsSupported" | "code_challenge_methods_supported" => Ok(GeneratedField::CodeChallengeMethodsSupported),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetOAuth2MetadataResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetOAuth2MetadataResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetOAuth2MetadataResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut issuer__ = None;
                let mut authorization_endpoint__ = None;
                let mut token_endpoint__ = None;
                let mut device_authorization_endpoint__ = None;
                let mut jwks_uri__ = None;
                let mut scopes_supported__ = None;
                let mut response_types_supported__ = None;
                let mut grant_types_supported__ = None;
                let mut token_endpoint_auth_methods_supported__ = None;
                let mut code_challenge_methods_supported__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Issuer => {
                            if issuer__.is_some() {
                                return Err(serde::de::Error::duplicate_field("issuer"));
                            }
                            issuer__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorizationEndpoint => {
                            if authorization_endpoint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorizationEndpoint"));
                            }
                            authorization_endpoint__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TokenEndpoint => {
                            if token_endpoint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tokenEndpoint"));
                            }
                            token_endpoint__ = Some(map_.next_value()?);
                        }
                        GeneratedField::DeviceAuthorizationEndpoint => {
                            if device_authorization_endpoint__.is_some() {
                                return Err(serde::de::Error::duplicate_field("deviceAuthorizationEndpoint"));
                            }
                            device_authorization_endpoint__ = Some(map_.next_value()?);
                        }
                        GeneratedField::JwksUri => {
                            if jwks_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("jwksUri"));
                            }
                            jwks_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ScopesSupported => {
                            if scopes_supported__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scopesSupported"));
                            }
                            scopes_supported__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResponseTypesSupported => {
                            if response_types_supported__.is_some() {
                                return Err(serde::de::Error::duplicate_field("responseTypesSupported"));
                            }
                            response_types_supported__ = Some(map_.next_value()?);
                        }
                        GeneratedField::GrantTypesSupported => {
                            if grant_types_supported__.is_some() {
                                return Err(serde::de::Error::duplicate_field("grantTypesSupported"));
                            }
                            grant_types_supported__ = Some(map_.next_value()?);
                        }
                        GeneratedField::TokenEndpointAuthMethodsSupported => {
                            if token_endpoint_auth_methods_supported__.is_some() {
                                return Err(serde::de::Error::duplicate_field("tokenEndpointAuthMethodsSupported"));
                            }
                            token_endpoint_auth_methods_supported__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CodeChallengeMethodsSupported => {
                            if code_challenge_methods_supported__.is_some() {
                                return Err(serde::de::Error::duplicate_field("codeChallengeMethodsSupported"));
                            }
                            code_challenge_methods_supported__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetOAuth2MetadataResponse {
                    issuer: issuer__.unwrap_or_default(),
                    authorization_endpoint: authorization_endpoint__.unwrap_or_default(),
                    token_endpoint: token_endpoint__.unwrap_or_default(),
                    device_authorization_endpoint: device_authorization_endpoint__.unwrap_or_default(),
                    jwks_uri: jwks_uri__.unwrap_or_default(),
                    scopes_supported: scopes_supported__.unwrap_or_default(),
                    response_types_supported: response_types_supported__.unwrap_or_default(),
                    grant_types_supported: grant_types_supported__.unwrap_or_default(),
                    token_endpoint_auth_methods_supported: token_endpoint_auth_methods_supported__.unwrap_or_default(),
                    code_challenge_methods_supported: code_challenge_methods_supported__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetOAuth2MetadataResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPublicClientConfigRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetPublicClientConfigRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPublicClientConfigRequest {
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
            type Value = GetPublicClientConfigRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetPublicClientConfigRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPublicClientConfigRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetPublicClientConfigRequest {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetPublicClientConfigRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetPublicClientConfigResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.client_id.is_empty() {
            len += 1;
        }
        if !self.redirect_uri.is_empty() {
            len += 1;
        }
        if !self.scopes.is_empty() {
            len += 1;
        }
        if !self.authorization_metadata_key.is_empty() {
            len += 1;
        }
        if !self.audience.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetPublicClientConfigResponse", len)?;
        if !self.client_id.is_empty() {
            struct_ser.serialize_field("clientId", &self.client_id)?;
        }
        if !self.redirect_uri.is_empty() {
            struct_ser.serialize_field("redirectUri", &self.redirect_uri)?;
        }
        if !self.scopes.is_empty() {
            struct_ser.serialize_field("scopes", &self.scopes)?;
        }
        if !self.authorization_metadata_key.is_empty() {
            struct_ser.serialize_field("authorizationMetadataKey", &self.authorization_metadata_key)?;
        }
        if !self.audience.is_empty() {
            struct_ser.serialize_field("audience", &self.audience)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetPublicClientConfigResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "client_id",
            "clientId",
            "redirect_uri",
            "redirectUri",
            "scopes",
            "authorization_metadata_key",
            "authorizationMetadataKey",
            "audience",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ClientId,
            RedirectUri,
            Scopes,
            AuthorizationMetadataKey,
            Audience,
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
                            "clientId" | "client_id" => Ok(GeneratedField::ClientId),
                            "redirectUri" | "redirect_uri" => Ok(GeneratedField::RedirectUri),
                            "scopes" => Ok(GeneratedField::Scopes),
                            "authorizationMetadataKey" | "authorization_metadata_key" => Ok(GeneratedField::AuthorizationMetadataKey),
                            "audience" => Ok(GeneratedField::Audience),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetPublicClientConfigResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetPublicClientConfigResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetPublicClientConfigResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut client_id__ = None;
                let mut redirect_uri__ = None;
                let mut scopes__ = None;
                let mut authorization_metadata_key__ = None;
                let mut audience__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ClientId => {
                            if client_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("clientId"));
                            }
                            client_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::RedirectUri => {
                            if redirect_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("redirectUri"));
                            }
                            redirect_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Scopes => {
                            if scopes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("scopes"));
                            }
                            scopes__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AuthorizationMetadataKey => {
                            if authorization_metadata_key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("authorizationMetadataKey"));
                            }
                            authorization_metadata_key__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Audience => {
                            if audience__.is_some() {
                                return Err(serde::de::Error::duplicate_field("audience"));
                            }
                            audience__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(GetPublicClientConfigResponse {
                    client_id: client_id__.unwrap_or_default(),
                    redirect_uri: redirect_uri__.unwrap_or_default(),
                    scopes: scopes__.unwrap_or_default(),
                    authorization_metadata_key: authorization_metadata_key__.unwrap_or_default(),
                    audience: audience__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetPublicClientConfigResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetUserInfoRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetUserInfoRequest", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetUserInfoRequest {
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
            type Value = GetUserInfoRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetUserInfoRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetUserInfoRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(GetUserInfoRequest {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetUserInfoRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetUserInfoResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.subject.is_empty() {
            len += 1;
        }
        if self.kind != 0 {
            len += 1;
        }
        if !self.name.is_empty() {
            len += 1;
        }
        if !self.preferred_username.is_empty() {
            len += 1;
        }
        if !self.email.is_empty() {
            len += 1;
        }
        if !self.picture_uri.is_empty() {
            len += 1;
        }
        if self.org.is_some() {
            len += 1;
        }
        if self.additional_claims.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.auth.v1.GetUserInfoResponse", len)?;
        if !self.subject.is_empty() {
            struct_ser.serialize_field("subject", &self.subject)?;
        }
        if self.kind != 0 {
            let v = PrincipalKind::try_from(self.kind)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.kind)))?;
            struct_ser.serialize_field("kind", &v)?;
        }
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.preferred_username.is_empty() {
            struct_ser.serialize_field("preferredUsername", &self.preferred_username)?;
        }
        if !self.email.is_empty() {
            struct_ser.serialize_field("email", &self.email)?;
        }
        if !self.picture_uri.is_empty() {
            struct_ser.serialize_field("pictureUri", &self.picture_uri)?;
        }
        if let Some(v) = self.org.as_ref() {
            struct_ser.serialize_field("org", v)?;
        }
        if let Some(v) = self.additional_claims.as_ref() {
            struct_ser.serialize_field("additionalClaims", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetUserInfoResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "subject",
            "kind",
            "name",
            "preferred_username",
            "preferredUsername",
            "email",
            "picture_uri",
            "pictureUri",
            "org",
            "additional_claims",
            "additionalClaims",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Subject,
            Kind,
            Name,
            PreferredUsername,
            Email,
            PictureUri,
            Org,
            AdditionalClaims,
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
                            "subject" => Ok(GeneratedField::Subject),
                            "kind" => Ok(GeneratedField::Kind),
                            "name" => Ok(GeneratedField::Name),
                            "preferredUsername" | "preferred_username" => Ok(GeneratedField::PreferredUsername),
                            "email" => Ok(GeneratedField::Email),
                            "pictureUri" | "picture_uri" => Ok(GeneratedField::PictureUri),
                            "org" => Ok(GeneratedField::Org),
                            "additionalClaims" | "additional_claims" => Ok(GeneratedField::AdditionalClaims),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetUserInfoResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.auth.v1.GetUserInfoResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetUserInfoResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut subject__ = None;
                let mut kind__ = None;
                let mut name__ = None;
                let mut preferred_username__ = None;
                let mut email__ = None;
                let mut picture_uri__ = None;
                let mut org__ = None;
                let mut additional_claims__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Subject => {
                            if subject__.is_some() {
                                return Err(serde::de::Error::duplicate_field("subject"));
                            }
                            subject__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Kind => {
                            if kind__.is_some() {
                                return Err(serde::de::Error::duplicate_field("kind"));
                            }
                            kind__ = Some(map_.next_value::<PrincipalKind>()? as i32);
                        }
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PreferredUsername => {
                            if preferred_username__.is_some() {
                                return Err(serde::de::Error::duplicate_field("preferredUsername"));
                            }
                            preferred_username__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Email => {
                            if email__.is_some() {
                                return Err(serde::de::Error::duplicate_field("email"));
                            }
                            email__ = Some(map_.next_value()?);
                        }
                        GeneratedField::PictureUri => {
                            if picture_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pictureUri"));
                            }
                            picture_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Org => {
                            if org__.is_some() {
                                return Err(serde::de::Error::duplicate_field("org"));
                            }
                            org__ = map_.next_value()?;
                        }
                        GeneratedField::AdditionalClaims => {
                            if additional_claims__.is_some() {
                                return Err(serde::de::Error::duplicate_field("additionalClaims"));
                            }
                            additional_claims__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetUserInfoResponse {
                    subject: subject__.unwrap_or_default(),
                    kind: kind__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                    preferred_username: preferred_username__.unwrap_or_default(),
                    email: email__.unwrap_or_default(),
                    picture_uri: picture_uri__.unwrap_or_default(),
                    org: org__,
                    additional_claims: additional_claims__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.auth.v1.GetUserInfoResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for PrincipalKind {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "PRINCIPAL_KIND_UNSPECIFIED",
            Self::User => "PRINCIPAL_KIND_USER",
            Self::Application => "PRINCIPAL_KIND_APPLICATION",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for PrincipalKind {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "PRINCIPAL_KIND_UNSPECIFIED",
            "PRINCIPAL_KIND_USER",
            "PRINCIPAL_KIND_APPLICATION",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = PrincipalKind;

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
                    "PRINCIPAL_KIND_UNSPECIFIED" => Ok(PrincipalKind::Unspecified),
                    "PRINCIPAL_KIND_USER" => Ok(PrincipalKind::User),
                    "PRINCIPAL_KIND_APPLICATION" => Ok(PrincipalKind::Application),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
