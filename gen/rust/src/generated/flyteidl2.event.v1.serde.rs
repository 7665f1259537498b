// @generated
impl serde::Serialize for ActionEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.attempt.is_some() {
            len += 1;
        }
        if self.phase != 0 {
            len += 1;
        }
        if self.phase_version != 0 {
            len += 1;
        }
        if self.occurred_time.is_some() {
            len += 1;
        }
        if self.reported_time.is_some() {
            len += 1;
        }
        if !self.reason.is_empty() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if !self.log_links.is_empty() {
            len += 1;
        }
        if !self.outputs_uri.is_empty() {
            len += 1;
        }
        if !self.cluster.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.ActionEvent", len)?;
        if let Some(v) = self.attempt.as_ref() {
            struct_ser.serialize_field("attempt", v)?;
        }
        if self.phase != 0 {
            let v = super::super::common::v1::ActionPhase::try_from(self.phase)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phase)))?;
            struct_ser.serialize_field("phase", &v)?;
        }
        if self.phase_version != 0 {
            struct_ser.serialize_field("phaseVersion", &self.phase_version)?;
        }
        if let Some(v) = self.occurred_time.as_ref() {
            struct_ser.serialize_field("occurredTime", v)?;
        }
        if let Some(v) = self.reported_time.as_ref() {
            struct_ser.serialize_field("reportedTime", v)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if !self.log_links.is_empty() {
            struct_ser.serialize_field("logLinks", &self.log_links)?;
        }
        if !self.outputs_uri.is_empty() {
            struct_ser.serialize_field("outputsUri", &self.outputs_uri)?;
        }
        if !self.cluster.is_empty() {
            struct_ser.serialize_field("cluster", &self.cluster)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "attempt",
            "phase",
            "phase_version",
            "phaseVersion",
            "occurred_time",
            "occurredTime",
            "reported_time",
            "reportedTime",
            "reason",
            "error",
            "log_links",
            "logLinks",
            "outputs_uri",
            "outputsUri",
            "cluster",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Attempt,
            Phase,
            PhaseVersion,
            OccurredTime,
            ReportedTime,
            Reason,
            Error,
            LogLinks,
            OutputsUri,
            Cluster,
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
                            "attempt" => Ok(GeneratedField::Attempt),
                            "phase" => Ok(GeneratedField::Phase),
                            "phaseVersion" | "phase_version" => Ok(GeneratedField::PhaseVersion),
                            "occurredTime" | "occurred_time" => Ok(GeneratedField::OccurredTime),
                            "reportedTime" | "reported_time" => Ok(GeneratedField::ReportedTime),
                            "reason" => Ok(GeneratedField::Reason),
                            "error" => Ok(GeneratedField::Error),
                            "logLinks" | "log_links" => Ok(GeneratedField::LogLinks),
                            "outputsUri" | "outputs_uri" => Ok(GeneratedField::OutputsUri),
                            "cluster" => Ok(GeneratedField::Cluster),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.ActionEvent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionEvent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut attempt__ = None;
                let mut phase__ = None;
                let mut phase_version__ = None;
                let mut occurred_time__ = None;
                let mut reported_time__ = None;
                let mut reason__ = None;
                let mut error__ = None;
                let mut log_links__ = None;
                let mut outputs_uri__ = None;
                let mut cluster__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Attempt => {
                            if attempt__.is_some() {
                                return Err(serde::de::Error::duplicate_field("attempt"));
                            }
                            attempt__ = map_.next_value()?;
                        }
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value::<super::super::common::v1::ActionPhase>()? as i32);
                        }
                        GeneratedField::PhaseVersion => {
                            if phase_version__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phaseVersion"));
                            }
                            phase_version__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::OccurredTime => {
                            if occurred_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("occurredTime"));
                            }
                            occurred_time__ = map_.next_value()?;
                        }
                        GeneratedField::ReportedTime => {
                            if reported_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportedTime"));
                            }
                            reported_time__ = map_.next_value()?;
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::LogLinks => {
                            if log_links__.is_some() {
                                return Err(serde::de::Error::duplicate_field("logLinks"));
                            }
                            log_links__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutputsUri => {
                            if outputs_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputsUri"));
                            }
                            outputs_uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Cluster => {
                            if cluster__.is_some() {
                                return Err(serde::de::Error::duplicate_field("cluster"));
                            }
                            cluster__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ActionEvent {
                    attempt: attempt__,
                    phase: phase__.unwrap_or_default(),
                    phase_version: phase_version__.unwrap_or_default(),
                    occurred_time: occurred_time__,
                    reported_time: reported_time__,
                    reason: reason__.unwrap_or_default(),
                    error: error__,
                    log_links: log_links__.unwrap_or_default(),
                    outputs_uri: outputs_uri__.unwrap_or_default(),
                    cluster: cluster__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.ActionEvent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for LogLink {
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
        if !self.uri.is_empty() {
            len += 1;
        }
        if self.live {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.LogLink", len)?;
        if !self.name.is_empty() {
            struct_ser.serialize_field("name", &self.name)?;
        }
        if !self.uri.is_empty() {
            struct_ser.serialize_field("uri", &self.uri)?;
        }
        if self.live {
            struct_ser.serialize_field("live", &self.live)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for LogLink {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "name",
            "uri",
            "live",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Name,
            Uri,
            Live,
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
                            "uri" => Ok(GeneratedField::Uri),
                            "live" => Ok(GeneratedField::Live),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = LogLink;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.LogLink")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<LogLink, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut name__ = None;
                let mut uri__ = None;
                let mut live__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Name => {
                            if name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("name"));
                            }
                            name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Uri => {
                            if uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("uri"));
                            }
                            uri__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Live => {
                            if live__.is_some() {
                                return Err(serde::de::Error::duplicate_field("live"));
                            }
                            live__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(LogLink {
                    name: name__.unwrap_or_default(),
                    uri: uri__.unwrap_or_default(),
                    live: live__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.LogLink", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordActionEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.events.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.RecordActionEventsRequest", len)?;
        if !self.events.is_empty() {
            struct_ser.serialize_field("events", &self.events)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordActionEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "events",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Events,
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
                            "events" => Ok(GeneratedField::Events),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordActionEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.RecordActionEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordActionEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut events__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Events => {
                            if events__.is_some() {
                                return Err(serde::de::Error::duplicate_field("events"));
                            }
                            events__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RecordActionEventsRequest {
                    events: events__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.RecordActionEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordActionEventsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.ignored_event_indexes.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.RecordActionEventsResponse", len)?;
        if !self.ignored_event_indexes.is_empty() {
            struct_ser.serialize_field("ignoredEventIndexes", &self.ignored_event_indexes)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordActionEventsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "ignored_event_indexes",
            "ignoredEventIndexes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            IgnoredEventIndexes,
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
                            "ignoredEventIndexes" | "ignored_event_indexes" => Ok(GeneratedField::IgnoredEventIndexes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordActionEventsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.RecordActionEventsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordActionEventsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut ignored_event_indexes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::IgnoredEventIndexes => {
                            if ignored_event_indexes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("ignoredEventIndexes"));
                            }
                            ignored_event_indexes__ = 
                                Some(map_.next_value::<Vec<::pbjson::private::NumberDeserialize<_>>>()?
                                    .into_iter().map(|x| x.0).collect())
                            ;
                        }
                    }
                }
                Ok(RecordActionEventsResponse {
                    ignored_event_indexes: ignored_event_indexes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.RecordActionEventsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordRunEventRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.RecordRunEventRequest", len)?;
        if let Some(v) = self.event.as_ref() {
            struct_ser.serialize_field("event", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordRunEventRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "event",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Event,
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
                            "event" => Ok(GeneratedField::Event),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordRunEventRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.RecordRunEventRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordRunEventRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Event => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("event"));
                            }
                            event__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RecordRunEventRequest {
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.RecordRunEventRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordRunEventResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let len = 0;
        let struct_ser = serializer.serialize_struct("flyteidl2.event.v1.RecordRunEventResponse", len)?;
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordRunEventResponse {
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
            type Value = RecordRunEventResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.RecordRunEventResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordRunEventResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                while map_.next_key::<GeneratedField>()?.is_some() {
                    let _ = map_.next_value::<serde::de::IgnoredAny>()?;
                }
                Ok(RecordRunEventResponse {
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.RecordRunEventResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RunEvent {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.run.is_some() {
            len += 1;
        }
        if self.phase != 0 {
            len += 1;
        }
        if self.occurred_time.is_some() {
            len += 1;
        }
        if self.reported_time.is_some() {
            len += 1;
        }
        if self.error.is_some() {
            len += 1;
        }
        if !self.outputs_uri.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.RunEvent", len)?;
        if let Some(v) = self.run.as_ref() {
            struct_ser.serialize_field("run", v)?;
        }
        if self.phase != 0 {
            let v = super::super::common::v1::ActionPhase::try_from(self.phase)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phase)))?;
            struct_ser.serialize_field("phase", &v)?;
        }
        if let Some(v) = self.occurred_time.as_ref() {
            struct_ser.serialize_field("occurredTime", v)?;
        }
        if let Some(v) = self.reported_time.as_ref() {
            struct_ser.serialize_field("reportedTime", v)?;
        }
        if let Some(v) = self.error.as_ref() {
            struct_ser.serialize_field("error", v)?;
        }
        if !self.outputs_uri.is_empty() {
            struct_ser.serialize_field("outputsUri", &self.outputs_uri)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RunEvent {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "run",
            "phase",
            "occurred_time",
            "occurredTime",
            "reported_time",
            "reportedTime",
            "error",
            "outputs_uri",
            "outputsUri",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Run,
            Phase,
            OccurredTime,
            ReportedTime,
            Error,
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
                            "run" => Ok(GeneratedField::Run),
                            "phase" => Ok(GeneratedField::Phase),
                            "occurredTime" | "occurred_time" => Ok(GeneratedField::OccurredTime),
                            "reportedTime" | "reported_time" => Ok(GeneratedField::ReportedTime),
                            "error" => Ok(GeneratedField::Error),
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
            type Value = RunEvent;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.RunEvent")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RunEvent, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut run__ = None;
                let mut phase__ = None;
                let mut occurred_time__ = None;
                let mut reported_time__ = None;
                let mut error__ = None;
                let mut outputs_uri__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Run => {
                            if run__.is_some() {
                                return Err(serde::de::Error::duplicate_field("run"));
                            }
                            run__ = map_.next_value()?;
                        }
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value::<super::super::common::v1::ActionPhase>()? as i32);
                        }
                        GeneratedField::OccurredTime => {
                            if occurred_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("occurredTime"));
                            }
                            occurred_time__ = map_.next_value()?;
                        }
                        GeneratedField::ReportedTime => {
                            if reported_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reportedTime"));
                            }
                            reported_time__ = map_.next_value()?;
                        }
                        GeneratedField::Error => {
                            if error__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            error__ = map_.next_value()?;
                        }
                        GeneratedField::OutputsUri => {
                            if outputs_uri__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputsUri"));
                            }
                            outputs_uri__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RunEvent {
                    run: run__,
                    phase: phase__.unwrap_or_default(),
                    occurred_time: occurred_time__,
                    reported_time: reported_time__,
                    error: error__,
                    outputs_uri: outputs_uri__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.RunEvent", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchEventsRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.resume_token.is_empty() {
            len += 1;
        }
        if self.scope.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.WatchEventsRequest", len)?;
        if !self.resume_token.is_empty() {
            struct_ser.serialize_field("resumeToken", &self.resume_token)?;
        }
        if let Some(v) = self.scope.as_ref() {
            match v {
                watch_events_request::Scope::Run(v) => {
                    struct_ser.serialize_field("run", v)?;
                }
                watch_events_request::Scope::Domain(v) => {
                    struct_ser.serialize_field("domain", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchEventsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "resume_token",
            "resumeToken",
            "run",
            "domain",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ResumeToken,
            Run,
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
                            "resumeToken" | "resume_token" => Ok(GeneratedField::ResumeToken),
                            "run" => Ok(GeneratedField::Run),
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
            type Value = WatchEventsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.WatchEventsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchEventsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut resume_token__ = None;
                let mut scope__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ResumeToken => {
                            if resume_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resumeToken"));
                            }
                            resume_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Run => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("run"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_events_request::Scope::Run)
;
                        }
                        GeneratedField::Domain => {
                            if scope__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            scope__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_events_request::Scope::Domain)
;
                        }
                    }
                }
                Ok(WatchEventsRequest {
                    resume_token: resume_token__.unwrap_or_default(),
                    scope: scope__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.WatchEventsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchEventsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.resume_token.is_empty() {
            len += 1;
        }
        if self.event.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.event.v1.WatchEventsResponse", len)?;
        if !self.resume_token.is_empty() {
            struct_ser.serialize_field("resumeToken", &self.resume_token)?;
        }
        if let Some(v) = self.event.as_ref() {
            match v {
                watch_events_response::Event::ActionEvent(v) => {
                    struct_ser.serialize_field("actionEvent", v)?;
                }
                watch_events_response::Event::RunEvent(v) => {
                    struct_ser.serialize_field("runEvent", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchEventsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "resume_token",
            "resumeToken",
            "action_event",
            "actionEvent",
            "run_event",
            "runEvent",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ResumeToken,
            ActionEvent,
            RunEvent,
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
                            "resumeToken" | "resume_token" => Ok(GeneratedField::ResumeToken),
                            "actionEvent" | "action_event" => Ok(GeneratedField::ActionEvent),
                            "runEvent" | "run_event" => Ok(GeneratedField::RunEvent),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchEventsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.event.v1.WatchEventsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchEventsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut resume_token__ = None;
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ResumeToken => {
                            if resume_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resumeToken"));
                            }
                            resume_token__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ActionEvent => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionEvent"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_events_response::Event::ActionEvent)
;
                        }
                        GeneratedField::RunEvent => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runEvent"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(watch_events_response::Event::RunEvent)
;
                        }
                    }
                }
                Ok(WatchEventsResponse {
                    resume_token: resume_token__.unwrap_or_default(),
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.event.v1.WatchEventsResponse", FIELDS, GeneratedVisitor)
    }
}
