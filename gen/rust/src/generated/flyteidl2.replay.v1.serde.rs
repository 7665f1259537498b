// @generated
impl serde::Serialize for ActionKey {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.parent_action_id.is_some() {
            len += 1;
        }
        if !self.input_hash.is_empty() {
            len += 1;
        }
        if self.call_sequence != 0 {
            len += 1;
        }
        if self.callee.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.ActionKey", len)?;
        if let Some(v) = self.parent_action_id.as_ref() {
            struct_ser.serialize_field("parentActionId", v)?;
        }
        if !self.input_hash.is_empty() {
            struct_ser.serialize_field("inputHash", &self.input_hash)?;
        }
        if self.call_sequence != 0 {
            struct_ser.serialize_field("callSequence", &self.call_sequence)?;
        }
        if let Some(v) = self.callee.as_ref() {
            match v {
                action_key::Callee::TaskId(v) => {
                    struct_ser.serialize_field("taskId", v)?;
                }
                action_key::Callee::TraceName(v) => {
                    struct_ser.serialize_field("traceName", v)?;
                }
                action_key::Callee::ConditionName(v) => {
                    struct_ser.serialize_field("conditionName", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ActionKey {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_action_id",
            "parentActionId",
            "input_hash",
            "inputHash",
            "call_sequence",
            "callSequence",
            "task_id",
            "taskId",
            "trace_name",
            "traceName",
            "condition_name",
            "conditionName",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentActionId,
            InputHash,
            CallSequence,
            TaskId,
            TraceName,
            ConditionName,
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
                            "parentActionId" | "parent_action_id" => Ok(GeneratedField::ParentActionId),
                            "inputHash" | "input_hash" => Ok(GeneratedField::InputHash),
                            "callSequence" | "call_sequence" => Ok(GeneratedField::CallSequence),
                            "taskId" | "task_id" => Ok(GeneratedField::TaskId),
                            "traceName" | "trace_name" => Ok(GeneratedField::TraceName),
                            "conditionName" | "condition_name" => Ok(GeneratedField::ConditionName),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ActionKey;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.ActionKey")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ActionKey, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_action_id__ = None;
                let mut input_hash__ = None;
                let mut call_sequence__ = None;
                let mut callee__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentActionId => {
                            if parent_action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentActionId"));
                            }
                            parent_action_id__ = map_.next_value()?;
                        }
                        GeneratedField::InputHash => {
                            if input_hash__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputHash"));
                            }
                            input_hash__ = Some(map_.next_value()?);
                        }
                        GeneratedField::CallSequence => {
                            if call_sequence__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callSequence"));
                            }
                            call_sequence__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TaskId => {
                            if callee__.is_some() {
                                return Err(serde::de::Error::duplicate_field("taskId"));
                            }
                            callee__ = map_.next_value::<::std::option::Option<_>>()?.map(action_key::Callee::TaskId)
;
                        }
                        GeneratedField::TraceName => {
                            if callee__.is_some() {
                                return Err(serde::de::Error::duplicate_field("traceName"));
                            }
                            callee__ = map_.next_value::<::std::option::Option<_>>()?.map(action_key::Callee::TraceName);
                        }
                        GeneratedField::ConditionName => {
                            if callee__.is_some() {
                                return Err(serde::de::Error::duplicate_field("conditionName"));
                            }
                            callee__ = map_.next_value::<::std::option::Option<_>>()?.map(action_key::Callee::ConditionName);
                        }
                    }
                }
                Ok(ActionKey {
                    parent_action_id: parent_action_id__,
                    input_hash: input_hash__.unwrap_or_default(),
                    call_sequence: call_sequence__.unwrap_or_default(),
                    callee: callee__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.ActionKey", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEntryRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.GetEntryRequest", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEntryRequest {
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
            type Value = GetEntryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.GetEntryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEntryRequest, V::Error>
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
                Ok(GetEntryRequest {
                    key: key__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.GetEntryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetEntryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.entry.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.GetEntryResponse", len)?;
        if let Some(v) = self.entry.as_ref() {
            struct_ser.serialize_field("entry", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetEntryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entry",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entry,
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
                            "entry" => Ok(GeneratedField::Entry),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetEntryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.GetEntryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetEntryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entry__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entry => {
                            if entry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entry"));
                            }
                            entry__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetEntryResponse {
                    entry: entry__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.GetEntryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for JournalEntry {
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
        if !self.action_name.is_empty() {
            len += 1;
        }
        if self.sequence_number != 0 {
            len += 1;
        }
        if self.phase != 0 {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if self.result.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.JournalEntry", len)?;
        if let Some(v) = self.key.as_ref() {
            struct_ser.serialize_field("key", v)?;
        }
        if !self.action_name.is_empty() {
            struct_ser.serialize_field("actionName", &self.action_name)?;
        }
        if self.sequence_number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sequenceNumber", ToString::to_string(&self.sequence_number).as_str())?;
        }
        if self.phase != 0 {
            let v = super::super::common::v1::ActionPhase::try_from(self.phase)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.phase)))?;
            struct_ser.serialize_field("phase", &v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if let Some(v) = self.result.as_ref() {
            match v {
                journal_entry::Result::OutputsUri(v) => {
                    struct_ser.serialize_field("outputsUri", v)?;
                }
                journal_entry::Result::Outputs(v) => {
                    struct_ser.serialize_field("outputs", v)?;
                }
                journal_entry::Result::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for JournalEntry {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "key",
            "action_name",
            "actionName",
            "sequence_number",
            "sequenceNumber",
            "phase",
            "end_time",
            "endTime",
            "outputs_uri",
            "outputsUri",
            "outputs",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Key,
            ActionName,
            SequenceNumber,
            Phase,
            EndTime,
            OutputsUri,
            Outputs,
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
                            "key" => Ok(GeneratedField::Key),
                            "actionName" | "action_name" => Ok(GeneratedField::ActionName),
                            "sequenceNumber" | "sequence_number" => Ok(GeneratedField::SequenceNumber),
                            "phase" => Ok(GeneratedField::Phase),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "outputsUri" | "outputs_uri" => Ok(GeneratedField::OutputsUri),
                            "outputs" => Ok(GeneratedField::Outputs),
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
            type Value = JournalEntry;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.JournalEntry")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<JournalEntry, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut key__ = None;
                let mut action_name__ = None;
                let mut sequence_number__ = None;
                let mut phase__ = None;
                let mut end_time__ = None;
                let mut result__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Key => {
                            if key__.is_some() {
                                return Err(serde::de::Error::duplicate_field("key"));
                            }
                            key__ = map_.next_value()?;
                        }
                        GeneratedField::ActionName => {
                            if action_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("actionName"));
                            }
                            action_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SequenceNumber => {
                            if sequence_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sequenceNumber"));
                            }
                            sequence_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Phase => {
                            if phase__.is_some() {
                                return Err(serde::de::Error::duplicate_field("phase"));
                            }
                            phase__ = Some(map_.next_value::<super::super::common::v1::ActionPhase>()? as i32);
                        }
                        GeneratedField::EndTime => {
                            if end_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("endTime"));
                            }
                            end_time__ = map_.next_value()?;
                        }
                        GeneratedField::OutputsUri => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputsUri"));
                            }
                            result__ = map_.next_value::<::std::option::Option<_>>()?.map(journal_entry::Result::OutputsUri);
                        }
                        GeneratedField::Outputs => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputs"));
                            }
                            result__ = map_.next_value::<::std::option::Option<_>>()?.map(journal_entry::Result::Outputs)
;
                        }
                        GeneratedField::Error => {
                            if result__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            result__ = map_.next_value::<::std::option::Option<_>>()?.map(journal_entry::Result::Error)
;
                        }
                    }
                }
                Ok(JournalEntry {
                    key: key__,
                    action_name: action_name__.unwrap_or_default(),
                    sequence_number: sequence_number__.unwrap_or_default(),
                    phase: phase__.unwrap_or_default(),
                    end_time: end_time__,
                    result: result__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.JournalEntry", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordEntriesRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.parent_action_id.is_some() {
            len += 1;
        }
        if !self.entries.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.RecordEntriesRequest", len)?;
        if let Some(v) = self.parent_action_id.as_ref() {
            struct_ser.serialize_field("parentActionId", v)?;
        }
        if !self.entries.is_empty() {
            struct_ser.serialize_field("entries", &self.entries)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordEntriesRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_action_id",
            "parentActionId",
            "entries",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentActionId,
            Entries,
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
                            "parentActionId" | "parent_action_id" => Ok(GeneratedField::ParentActionId),
                            "entries" => Ok(GeneratedField::Entries),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordEntriesRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.RecordEntriesRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordEntriesRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_action_id__ = None;
                let mut entries__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentActionId => {
                            if parent_action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentActionId"));
                            }
                            parent_action_id__ = map_.next_value()?;
                        }
                        GeneratedField::Entries => {
                            if entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entries"));
                            }
                            entries__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RecordEntriesRequest {
                    parent_action_id: parent_action_id__,
                    entries: entries__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.RecordEntriesRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordEntriesResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.entries.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.RecordEntriesResponse", len)?;
        if !self.entries.is_empty() {
            struct_ser.serialize_field("entries", &self.entries)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordEntriesResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entries",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entries,
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
                            "entries" => Ok(GeneratedField::Entries),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordEntriesResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.RecordEntriesResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordEntriesResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entries__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entries => {
                            if entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entries"));
                            }
                            entries__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(RecordEntriesResponse {
                    entries: entries__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.RecordEntriesResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordEntryRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.entry.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.RecordEntryRequest", len)?;
        if let Some(v) = self.entry.as_ref() {
            struct_ser.serialize_field("entry", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordEntryRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entry",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entry,
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
                            "entry" => Ok(GeneratedField::Entry),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordEntryRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.RecordEntryRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordEntryRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entry__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entry => {
                            if entry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entry"));
                            }
                            entry__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RecordEntryRequest {
                    entry: entry__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.RecordEntryRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RecordEntryResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.entry.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.RecordEntryResponse", len)?;
        if let Some(v) = self.entry.as_ref() {
            struct_ser.serialize_field("entry", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RecordEntryResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entry",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entry,
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
                            "entry" => Ok(GeneratedField::Entry),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RecordEntryResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.RecordEntryResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RecordEntryResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entry__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entry => {
                            if entry__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entry"));
                            }
                            entry__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RecordEntryResponse {
                    entry: entry__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.RecordEntryResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TailJournalRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.parent_action_id.is_some() {
            len += 1;
        }
        if !self.resume_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.TailJournalRequest", len)?;
        if let Some(v) = self.parent_action_id.as_ref() {
            struct_ser.serialize_field("parentActionId", v)?;
        }
        if !self.resume_token.is_empty() {
            struct_ser.serialize_field("resumeToken", &self.resume_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TailJournalRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_action_id",
            "parentActionId",
            "resume_token",
            "resumeToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentActionId,
            ResumeToken,
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
                            "parentActionId" | "parent_action_id" => Ok(GeneratedField::ParentActionId),
                            "resumeToken" | "resume_token" => Ok(GeneratedField::ResumeToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TailJournalRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.TailJournalRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TailJournalRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_action_id__ = None;
                let mut resume_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentActionId => {
                            if parent_action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentActionId"));
                            }
                            parent_action_id__ = map_.next_value()?;
                        }
                        GeneratedField::ResumeToken => {
                            if resume_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resumeToken"));
                            }
                            resume_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TailJournalRequest {
                    parent_action_id: parent_action_id__,
                    resume_token: resume_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.TailJournalRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TailJournalResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.entries.is_empty() {
            len += 1;
        }
        if !self.resume_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.TailJournalResponse", len)?;
        if !self.entries.is_empty() {
            struct_ser.serialize_field("entries", &self.entries)?;
        }
        if !self.resume_token.is_empty() {
            struct_ser.serialize_field("resumeToken", &self.resume_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TailJournalResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "entries",
            "resume_token",
            "resumeToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Entries,
            ResumeToken,
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
                            "entries" => Ok(GeneratedField::Entries),
                            "resumeToken" | "resume_token" => Ok(GeneratedField::ResumeToken),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TailJournalResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.TailJournalResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TailJournalResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut entries__ = None;
                let mut resume_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Entries => {
                            if entries__.is_some() {
                                return Err(serde::de::Error::duplicate_field("entries"));
                            }
                            entries__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ResumeToken => {
                            if resume_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("resumeToken"));
                            }
                            resume_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(TailJournalResponse {
                    entries: entries__.unwrap_or_default(),
                    resume_token: resume_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.TailJournalResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TruncateJournalRequest {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.parent_action_id.is_some() {
            len += 1;
        }
        if self.keep_through_sequence_number != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.TruncateJournalRequest", len)?;
        if let Some(v) = self.parent_action_id.as_ref() {
            struct_ser.serialize_field("parentActionId", v)?;
        }
        if self.keep_through_sequence_number != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("keepThroughSequenceNumber", ToString::to_string(&self.keep_through_sequence_number).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TruncateJournalRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "parent_action_id",
            "parentActionId",
            "keep_through_sequence_number",
            "keepThroughSequenceNumber",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ParentActionId,
            KeepThroughSequenceNumber,
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
                            "parentActionId" | "parent_action_id" => Ok(GeneratedField::ParentActionId),
                            "keepThroughSequenceNumber" | "keep_through_sequence_number" => Ok(GeneratedField::KeepThroughSequenceNumber),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TruncateJournalRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.TruncateJournalRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TruncateJournalRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut parent_action_id__ = None;
                let mut keep_through_sequence_number__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ParentActionId => {
                            if parent_action_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("parentActionId"));
                            }
                            parent_action_id__ = map_.next_value()?;
                        }
                        GeneratedField::KeepThroughSequenceNumber => {
                            if keep_through_sequence_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("keepThroughSequenceNumber"));
                            }
                            keep_through_sequence_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TruncateJournalRequest {
                    parent_action_id: parent_action_id__,
                    keep_through_sequence_number: keep_through_sequence_number__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.TruncateJournalRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TruncateJournalResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.removed_entry_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.replay.v1.TruncateJournalResponse", len)?;
        if self.removed_entry_count != 0 {
            struct_ser.serialize_field("removedEntryCount", &self.removed_entry_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TruncateJournalResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "removed_entry_count",
            "removedEntryCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            RemovedEntryCount,
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
                            "removedEntryCount" | "removed_entry_count" => Ok(GeneratedField::RemovedEntryCount),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TruncateJournalResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.replay.v1.TruncateJournalResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TruncateJournalResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut removed_entry_count__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::RemovedEntryCount => {
                            if removed_entry_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("removedEntryCount"));
                            }
                            removed_entry_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(TruncateJournalResponse {
                    removed_entry_count: removed_entry_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.replay.v1.TruncateJournalResponse", FIELDS, GeneratedVisitor)
    }
}
