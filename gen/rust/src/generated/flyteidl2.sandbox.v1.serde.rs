// @generated
impl serde::Serialize for AllowedTask {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.function_name.is_empty() {
            len += 1;
        }
        if self.task.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.AllowedTask", len)?;
        if !self.function_name.is_empty() {
            struct_ser.serialize_field("functionName", &self.function_name)?;
        }
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for AllowedTask {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "function_name",
            "functionName",
            "task",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            FunctionName,
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
                            "functionName" | "function_name" => Ok(GeneratedField::FunctionName),
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
            type Value = AllowedTask;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.AllowedTask")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<AllowedTask, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut function_name__ = None;
                let mut task__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::FunctionName => {
                            if function_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("functionName"));
                            }
                            function_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                    }
                }
                Ok(AllowedTask {
                    function_name: function_name__.unwrap_or_default(),
                    task: task__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.AllowedTask", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelScriptRequest {
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
        if !self.reason.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CancelScriptRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.reason.is_empty() {
            struct_ser.serialize_field("reason", &self.reason)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelScriptRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "reason",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Reason,
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
                            "reason" => Ok(GeneratedField::Reason),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelScriptRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CancelScriptRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelScriptRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut reason__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Reason => {
                            if reason__.is_some() {
                                return Err(serde::de::Error::duplicate_field("reason"));
                            }
                            reason__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(CancelScriptRequest {
                    id: id__,
                    reason: reason__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CancelScriptRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CancelScriptResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.script.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CancelScriptResponse", len)?;
        if let Some(v) = self.script.as_ref() {
            struct_ser.serialize_field("script", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CancelScriptResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "script",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Script,
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
                            "script" => Ok(GeneratedField::Script),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CancelScriptResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CancelScriptResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CancelScriptResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut script__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CancelScriptResponse {
                    script: script__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CancelScriptResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CgroupLimits {
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
        if self.max_process_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CgroupLimits", len)?;
        if self.cpu_millicores != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("cpuMillicores", ToString::to_string(&self.cpu_millicores).as_str())?;
        }
        if self.memory_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("memoryBytes", ToString::to_string(&self.memory_bytes).as_str())?;
        }
        if self.max_process_count != 0 {
            struct_ser.serialize_field("maxProcessCount", &self.max_process_count)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CgroupLimits {
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
            "max_process_count",
            "maxProcessCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CpuMillicores,
            MemoryBytes,
            MaxProcessCount,
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
                            "maxProcessCount" | "max_process_count" => Ok(GeneratedField::MaxProcessCount),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CgroupLimits;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CgroupLimits")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CgroupLimits, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut cpu_millicores__ = None;
                let mut memory_bytes__ = None;
                let mut max_process_count__ = None;
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
                        GeneratedField::MaxProcessCount => {
                            if max_process_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxProcessCount"));
                            }
                            max_process_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CgroupLimits {
                    cpu_millicores: cpu_millicores__.unwrap_or_default(),
                    memory_bytes: memory_bytes__.unwrap_or_default(),
                    max_process_count: max_process_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CgroupLimits", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CloseSessionRequest {
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
        if self.grace_period.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CloseSessionRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.grace_period.as_ref() {
            struct_ser.serialize_field("gracePeriod", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CloseSessionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "grace_period",
            "gracePeriod",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            GracePeriod,
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
                            "gracePeriod" | "grace_period" => Ok(GeneratedField::GracePeriod),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CloseSessionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CloseSessionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CloseSessionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut grace_period__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::GracePeriod => {
                            if grace_period__.is_some() {
                                return Err(serde::de::Error::duplicate_field("gracePeriod"));
                            }
                            grace_period__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CloseSessionRequest {
                    id: id__,
                    grace_period: grace_period__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CloseSessionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CloseSessionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.session.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CloseSessionResponse", len)?;
        if let Some(v) = self.session.as_ref() {
            struct_ser.serialize_field("session", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CloseSessionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "session",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Session,
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
                            "session" => Ok(GeneratedField::Session),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CloseSessionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CloseSessionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CloseSessionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut session__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Session => {
                            if session__.is_some() {
                                return Err(serde::de::Error::duplicate_field("session"));
                            }
                            session__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CloseSessionResponse {
                    session: session__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CloseSessionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CommandExit {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.exit_code != 0 {
            len += 1;
        }
        if self.signal_number != 0 {
            len += 1;
        }
        if self.timed_out {
            len += 1;
        }
        if self.out_of_memory {
            len += 1;
        }
        if self.wall_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CommandExit", len)?;
        if self.exit_code != 0 {
            struct_ser.serialize_field("exitCode", &self.exit_code)?;
        }
        if self.signal_number != 0 {
            struct_ser.serialize_field("signalNumber", &self.signal_number)?;
        }
        if self.timed_out {
            struct_ser.serialize_field("timedOut", &self.timed_out)?;
        }
        if self.out_of_memory {
            struct_ser.serialize_field("outOfMemory", &self.out_of_memory)?;
        }
        if let Some(v) = self.wall_time.as_ref() {
            struct_ser.serialize_field("wallTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CommandExit {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "exit_code",
            "exitCode",
            "signal_number",
            "signalNumber",
            "timed_out",
            "timedOut",
            "out_of_memory",
            "outOfMemory",
            "wall_time",
            "wallTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            ExitCode,
            SignalNumber,
            TimedOut,
            OutOfMemory,
            WallTime,
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
                            "exitCode" | "exit_code" => Ok(GeneratedField::ExitCode),
                            "signalNumber" | "signal_number" => Ok(GeneratedField::SignalNumber),
                            "timedOut" | "timed_out" => Ok(GeneratedField::TimedOut),
                            "outOfMemory" | "out_of_memory" => Ok(GeneratedField::OutOfMemory),
                            "wallTime" | "wall_time" => Ok(GeneratedField::WallTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CommandExit;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CommandExit")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CommandExit, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut exit_code__ = None;
                let mut signal_number__ = None;
                let mut timed_out__ = None;
                let mut out_of_memory__ = None;
                let mut wall_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::ExitCode => {
                            if exit_code__.is_some() {
                                return Err(serde::de::Error::duplicate_field("exitCode"));
                            }
                            exit_code__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::SignalNumber => {
                            if signal_number__.is_some() {
                                return Err(serde::de::Error::duplicate_field("signalNumber"));
                            }
                            signal_number__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::TimedOut => {
                            if timed_out__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timedOut"));
                            }
                            timed_out__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OutOfMemory => {
                            if out_of_memory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outOfMemory"));
                            }
                            out_of_memory__ = Some(map_.next_value()?);
                        }
                        GeneratedField::WallTime => {
                            if wall_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("wallTime"));
                            }
                            wall_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(CommandExit {
                    exit_code: exit_code__.unwrap_or_default(),
                    signal_number: signal_number__.unwrap_or_default(),
                    timed_out: timed_out__.unwrap_or_default(),
                    out_of_memory: out_of_memory__.unwrap_or_default(),
                    wall_time: wall_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CommandExit", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for CommandOutput {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.stream != 0 {
            len += 1;
        }
        if !self.data.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.CommandOutput", len)?;
        if self.stream != 0 {
            let v = OutputStream::try_from(self.stream)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.stream)))?;
            struct_ser.serialize_field("stream", &v)?;
        }
        if !self.data.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("data", pbjson::private::base64::encode(&self.data).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for CommandOutput {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "stream",
            "data",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Stream,
            Data,
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
                            "stream" => Ok(GeneratedField::Stream),
                            "data" => Ok(GeneratedField::Data),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = CommandOutput;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.CommandOutput")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<CommandOutput, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut stream__ = None;
                let mut data__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Stream => {
                            if stream__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stream"));
                            }
                            stream__ = Some(map_.next_value::<OutputStream>()? as i32);
                        }
                        GeneratedField::Data => {
                            if data__.is_some() {
                                return Err(serde::de::Error::duplicate_field("data"));
                            }
                            data__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(CommandOutput {
                    stream: stream__.unwrap_or_default(),
                    data: data__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.CommandOutput", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScriptRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.GetScriptRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScriptRequest {
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
            type Value = GetScriptRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.GetScriptRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScriptRequest, V::Error>
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
                Ok(GetScriptRequest {
                    id: id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.GetScriptRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetScriptResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.script.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.GetScriptResponse", len)?;
        if let Some(v) = self.script.as_ref() {
            struct_ser.serialize_field("script", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetScriptResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "script",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Script,
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
                            "script" => Ok(GeneratedField::Script),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetScriptResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.GetScriptResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetScriptResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut script__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetScriptResponse {
                    script: script__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.GetScriptResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSessionRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.GetSessionRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSessionRequest {
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
            type Value = GetSessionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.GetSessionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSessionRequest, V::Error>
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
                Ok(GetSessionRequest {
                    id: id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.GetSessionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for GetSessionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.session.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.GetSessionResponse", len)?;
        if let Some(v) = self.session.as_ref() {
            struct_ser.serialize_field("session", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for GetSessionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "session",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Session,
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
                            "session" => Ok(GeneratedField::Session),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = GetSessionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.GetSessionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<GetSessionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut session__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Session => {
                            if session__.is_some() {
                                return Err(serde::de::Error::duplicate_field("session"));
                            }
                            session__ = map_.next_value()?;
                        }
                    }
                }
                Ok(GetSessionResponse {
                    session: session__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.GetSessionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListSessionsRequest {
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
        if self.request.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ListSessionsRequest", len)?;
        if let Some(v) = self.domain.as_ref() {
            struct_ser.serialize_field("domain", v)?;
        }
        if let Some(v) = self.request.as_ref() {
            struct_ser.serialize_field("request", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListSessionsRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "domain",
            "request",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Domain,
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
                            "domain" => Ok(GeneratedField::Domain),
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
            type Value = ListSessionsRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ListSessionsRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListSessionsRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut domain__ = None;
                let mut request__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Domain => {
                            if domain__.is_some() {
                                return Err(serde::de::Error::duplicate_field("domain"));
                            }
                            domain__ = map_.next_value()?;
                        }
                        GeneratedField::Request => {
                            if request__.is_some() {
                                return Err(serde::de::Error::duplicate_field("request"));
                            }
                            request__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ListSessionsRequest {
                    domain: domain__,
                    request: request__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ListSessionsRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ListSessionsResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.sessions.is_empty() {
            len += 1;
        }
        if !self.next_page_token.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ListSessionsResponse", len)?;
        if !self.sessions.is_empty() {
            struct_ser.serialize_field("sessions", &self.sessions)?;
        }
        if !self.next_page_token.is_empty() {
            struct_ser.serialize_field("nextPageToken", &self.next_page_token)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ListSessionsResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "sessions",
            "next_page_token",
            "nextPageToken",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Sessions,
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
                            "sessions" => Ok(GeneratedField::Sessions),
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
            type Value = ListSessionsResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ListSessionsResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ListSessionsResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut sessions__ = None;
                let mut next_page_token__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Sessions => {
                            if sessions__.is_some() {
                                return Err(serde::de::Error::duplicate_field("sessions"));
                            }
                            sessions__ = Some(map_.next_value()?);
                        }
                        GeneratedField::NextPageToken => {
                            if next_page_token__.is_some() {
                                return Err(serde::de::Error::duplicate_field("nextPageToken"));
                            }
                            next_page_token__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ListSessionsResponse {
                    sessions: sessions__.unwrap_or_default(),
                    next_page_token: next_page_token__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ListSessionsResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for NetworkMode {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "NETWORK_MODE_UNSPECIFIED",
            Self::Blocked => "NETWORK_MODE_BLOCKED",
            Self::Open => "NETWORK_MODE_OPEN",
            Self::AllowList => "NETWORK_MODE_ALLOW_LIST",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for NetworkMode {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "NETWORK_MODE_UNSPECIFIED",
            "NETWORK_MODE_BLOCKED",
            "NETWORK_MODE_OPEN",
            "NETWORK_MODE_ALLOW_LIST",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NetworkMode;

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
                    "NETWORK_MODE_UNSPECIFIED" => Ok(NetworkMode::Unspecified),
                    "NETWORK_MODE_BLOCKED" => Ok(NetworkMode::Blocked),
                    "NETWORK_MODE_OPEN" => Ok(NetworkMode::Open),
                    "NETWORK_MODE_ALLOW_LIST" => Ok(NetworkMode::AllowList),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for NetworkPolicy {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.mode != 0 {
            len += 1;
        }
        if !self.allowed_hosts.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.NetworkPolicy", len)?;
        if self.mode != 0 {
            let v = NetworkMode::try_from(self.mode)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.mode)))?;
            struct_ser.serialize_field("mode", &v)?;
        }
        if !self.allowed_hosts.is_empty() {
            struct_ser.serialize_field("allowedHosts", &self.allowed_hosts)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for NetworkPolicy {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "mode",
            "allowed_hosts",
            "allowedHosts",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Mode,
            AllowedHosts,
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
                            "mode" => Ok(GeneratedField::Mode),
                            "allowedHosts" | "allowed_hosts" => Ok(GeneratedField::AllowedHosts),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = NetworkPolicy;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.NetworkPolicy")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<NetworkPolicy, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut mode__ = None;
                let mut allowed_hosts__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Mode => {
                            if mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("mode"));
                            }
                            mode__ = Some(map_.next_value::<NetworkMode>()? as i32);
                        }
                        GeneratedField::AllowedHosts => {
                            if allowed_hosts__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allowedHosts"));
                            }
                            allowed_hosts__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(NetworkPolicy {
                    mode: mode__.unwrap_or_default(),
                    allowed_hosts: allowed_hosts__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.NetworkPolicy", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for OpenSessionRequest {
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
        if self.owner.is_some() {
            len += 1;
        }
        if self.labels.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.OpenSessionRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if let Some(v) = self.owner.as_ref() {
            struct_ser.serialize_field("owner", v)?;
        }
        if let Some(v) = self.labels.as_ref() {
            struct_ser.serialize_field("labels", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for OpenSessionRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "owner",
            "labels",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            Owner,
            Labels,
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
                            "owner" => Ok(GeneratedField::Owner),
                            "labels" => Ok(GeneratedField::Labels),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OpenSessionRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.OpenSessionRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<OpenSessionRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut owner__ = None;
                let mut labels__ = None;
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
                        GeneratedField::Owner => {
                            if owner__.is_some() {
                                return Err(serde::de::Error::duplicate_field("owner"));
                            }
                            owner__ = map_.next_value()?;
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = map_.next_value()?;
                        }
                    }
                }
                Ok(OpenSessionRequest {
                    id: id__,
                    spec: spec__,
                    owner: owner__,
                    labels: labels__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.OpenSessionRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for OpenSessionResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.session.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.OpenSessionResponse", len)?;
        if let Some(v) = self.session.as_ref() {
            struct_ser.serialize_field("session", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for OpenSessionResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "session",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Session,
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
                            "session" => Ok(GeneratedField::Session),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OpenSessionResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.OpenSessionResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<OpenSessionResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut session__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Session => {
                            if session__.is_some() {
                                return Err(serde::de::Error::duplicate_field("session"));
                            }
                            session__ = map_.next_value()?;
                        }
                    }
                }
                Ok(OpenSessionResponse {
                    session: session__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.OpenSessionResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for OutputStream {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "OUTPUT_STREAM_UNSPECIFIED",
            Self::Stdout => "OUTPUT_STREAM_STDOUT",
            Self::Stderr => "OUTPUT_STREAM_STDERR",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for OutputStream {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "OUTPUT_STREAM_UNSPECIFIED",
            "OUTPUT_STREAM_STDOUT",
            "OUTPUT_STREAM_STDERR",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = OutputStream;

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
                    "OUTPUT_STREAM_UNSPECIFIED" => Ok(OutputStream::Unspecified),
                    "OUTPUT_STREAM_STDOUT" => Ok(OutputStream::Stdout),
                    "OUTPUT_STREAM_STDERR" => Ok(OutputStream::Stderr),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for ReadFileRequest {
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
        if !self.path.is_empty() {
            len += 1;
        }
        if self.offset_bytes != 0 {
            len += 1;
        }
        if self.limit_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ReadFileRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if self.offset_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("offsetBytes", ToString::to_string(&self.offset_bytes).as_str())?;
        }
        if self.limit_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("limitBytes", ToString::to_string(&self.limit_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReadFileRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "path",
            "offset_bytes",
            "offsetBytes",
            "limit_bytes",
            "limitBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Path,
            OffsetBytes,
            LimitBytes,
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
                            "path" => Ok(GeneratedField::Path),
                            "offsetBytes" | "offset_bytes" => Ok(GeneratedField::OffsetBytes),
                            "limitBytes" | "limit_bytes" => Ok(GeneratedField::LimitBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReadFileRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ReadFileRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReadFileRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut path__ = None;
                let mut offset_bytes__ = None;
                let mut limit_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OffsetBytes => {
                            if offset_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("offsetBytes"));
                            }
                            offset_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::LimitBytes => {
                            if limit_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limitBytes"));
                            }
                            limit_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ReadFileRequest {
                    id: id__,
                    path: path__.unwrap_or_default(),
                    offset_bytes: offset_bytes__.unwrap_or_default(),
                    limit_bytes: limit_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ReadFileRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ReadFileResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.content.is_empty() {
            len += 1;
        }
        if self.file_size_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ReadFileResponse", len)?;
        if !self.content.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("content", pbjson::private::base64::encode(&self.content).as_str())?;
        }
        if self.file_size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("fileSizeBytes", ToString::to_string(&self.file_size_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ReadFileResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "content",
            "file_size_bytes",
            "fileSizeBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Content,
            FileSizeBytes,
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
                            "content" => Ok(GeneratedField::Content),
                            "fileSizeBytes" | "file_size_bytes" => Ok(GeneratedField::FileSizeBytes),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ReadFileResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ReadFileResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ReadFileResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut content__ = None;
                let mut file_size_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::FileSizeBytes => {
                            if file_size_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fileSizeBytes"));
                            }
                            file_size_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ReadFileResponse {
                    content: content__.unwrap_or_default(),
                    file_size_bytes: file_size_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ReadFileResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ResumeScriptRequest {
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
        if !self.results.is_empty() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ResumeScriptRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.results.is_empty() {
            struct_ser.serialize_field("results", &self.results)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResumeScriptRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "results",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Results,
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
                            "results" => Ok(GeneratedField::Results),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResumeScriptRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ResumeScriptRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ResumeScriptRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut results__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Results => {
                            if results__.is_some() {
                                return Err(serde::de::Error::duplicate_field("results"));
                            }
                            results__ = Some(map_.next_value()?);
                        }
                    }
                }
                Ok(ResumeScriptRequest {
                    id: id__,
                    results: results__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ResumeScriptRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ResumeScriptResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.script.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ResumeScriptResponse", len)?;
        if let Some(v) = self.script.as_ref() {
            struct_ser.serialize_field("script", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ResumeScriptResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "script",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Script,
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
                            "script" => Ok(GeneratedField::Script),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ResumeScriptResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ResumeScriptResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ResumeScriptResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut script__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ResumeScriptResponse {
                    script: script__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ResumeScriptResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RunCommandRequest {
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
        if !self.command.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if !self.working_directory.is_empty() {
            len += 1;
        }
        if !self.stdin.is_empty() {
            len += 1;
        }
        if self.timeout.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.RunCommandRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.command.is_empty() {
            struct_ser.serialize_field("command", &self.command)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if !self.working_directory.is_empty() {
            struct_ser.serialize_field("workingDirectory", &self.working_directory)?;
        }
        if !self.stdin.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("stdin", pbjson::private::base64::encode(&self.stdin).as_str())?;
        }
        if let Some(v) = self.timeout.as_ref() {
            struct_ser.serialize_field("timeout", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RunCommandRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "command",
            "env",
            "working_directory",
            "workingDirectory",
            "stdin",
            "timeout",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Command,
            Env,
            WorkingDirectory,
            Stdin,
            Timeout,
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
                            "command" => Ok(GeneratedField::Command),
                            "env" => Ok(GeneratedField::Env),
                            "workingDirectory" | "working_directory" => Ok(GeneratedField::WorkingDirectory),
                            "stdin" => Ok(GeneratedField::Stdin),
                            "timeout" => Ok(GeneratedField::Timeout),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RunCommandRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.RunCommandRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RunCommandRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut command__ = None;
                let mut env__ = None;
                let mut working_directory__ = None;
                let mut stdin__ = None;
                let mut timeout__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Command => {
                            if command__.is_some() {
                                return Err(serde::de::Error::duplicate_field("command"));
                            }
                            command__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::WorkingDirectory => {
                            if working_directory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workingDirectory"));
                            }
                            working_directory__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Stdin => {
                            if stdin__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stdin"));
                            }
                            stdin__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Timeout => {
                            if timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("timeout"));
                            }
                            timeout__ = map_.next_value()?;
                        }
                    }
                }
                Ok(RunCommandRequest {
                    id: id__,
                    command: command__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    working_directory: working_directory__.unwrap_or_default(),
                    stdin: stdin__.unwrap_or_default(),
                    timeout: timeout__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.RunCommandRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for RunCommandResponse {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.RunCommandResponse", len)?;
        if let Some(v) = self.event.as_ref() {
            match v {
                run_command_response::Event::Output(v) => {
                    struct_ser.serialize_field("output", v)?;
                }
                run_command_response::Event::Exit(v) => {
                    struct_ser.serialize_field("exit", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for RunCommandResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "output",
            "exit",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Output,
            Exit,
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
                            "exit" => Ok(GeneratedField::Exit),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = RunCommandResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.RunCommandResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<RunCommandResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut event__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Output => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("output"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(run_command_response::Event::Output)
;
                        }
                        GeneratedField::Exit => {
                            if event__.is_some() {
                                return Err(serde::de::Error::duplicate_field("exit"));
                            }
                            event__ = map_.next_value::<::std::option::Option<_>>()?.map(run_command_response::Event::Exit)
;
                        }
                    }
                }
                Ok(RunCommandResponse {
                    event: event__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.RunCommandResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SandboxBackend {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SANDBOX_BACKEND_UNSPECIFIED",
            Self::Auto => "SANDBOX_BACKEND_AUTO",
            Self::Bubblewrap => "SANDBOX_BACKEND_BUBBLEWRAP",
            Self::UserNamespaces => "SANDBOX_BACKEND_USER_NAMESPACES",
            Self::SandboxExec => "SANDBOX_BACKEND_SANDBOX_EXEC",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SandboxBackend {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SANDBOX_BACKEND_UNSPECIFIED",
            "SANDBOX_BACKEND_AUTO",
            "SANDBOX_BACKEND_BUBBLEWRAP",
            "SANDBOX_BACKEND_USER_NAMESPACES",
            "SANDBOX_BACKEND_SANDBOX_EXEC",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SandboxBackend;

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
                    "SANDBOX_BACKEND_UNSPECIFIED" => Ok(SandboxBackend::Unspecified),
                    "SANDBOX_BACKEND_AUTO" => Ok(SandboxBackend::Auto),
                    "SANDBOX_BACKEND_BUBBLEWRAP" => Ok(SandboxBackend::Bubblewrap),
                    "SANDBOX_BACKEND_USER_NAMESPACES" => Ok(SandboxBackend::UserNamespaces),
                    "SANDBOX_BACKEND_SANDBOX_EXEC" => Ok(SandboxBackend::SandboxExec),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for SandboxSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.backend != 0 {
            len += 1;
        }
        if !self.image.is_empty() {
            len += 1;
        }
        if !self.read_only_paths.is_empty() {
            len += 1;
        }
        if !self.read_write_paths.is_empty() {
            len += 1;
        }
        if self.syscall_profile != 0 {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        if self.network.is_some() {
            len += 1;
        }
        if !self.runtime_class_name.is_empty() {
            len += 1;
        }
        if !self.env.is_empty() {
            len += 1;
        }
        if !self.working_directory.is_empty() {
            len += 1;
        }
        if self.idle_timeout.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.SandboxSpec", len)?;
        if self.backend != 0 {
            let v = SandboxBackend::try_from(self.backend)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.backend)))?;
            struct_ser.serialize_field("backend", &v)?;
        }
        if !self.image.is_empty() {
            struct_ser.serialize_field("image", &self.image)?;
        }
        if !self.read_only_paths.is_empty() {
            struct_ser.serialize_field("readOnlyPaths", &self.read_only_paths)?;
        }
        if !self.read_write_paths.is_empty() {
            struct_ser.serialize_field("readWritePaths", &self.read_write_paths)?;
        }
        if self.syscall_profile != 0 {
            let v = SyscallProfile::try_from(self.syscall_profile)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.syscall_profile)))?;
            struct_ser.serialize_field("syscallProfile", &v)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        if let Some(v) = self.network.as_ref() {
            struct_ser.serialize_field("network", v)?;
        }
        if !self.runtime_class_name.is_empty() {
            struct_ser.serialize_field("runtimeClassName", &self.runtime_class_name)?;
        }
        if !self.env.is_empty() {
            struct_ser.serialize_field("env", &self.env)?;
        }
        if !self.working_directory.is_empty() {
            struct_ser.serialize_field("workingDirectory", &self.working_directory)?;
        }
        if let Some(v) = self.idle_timeout.as_ref() {
            struct_ser.serialize_field("idleTimeout", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SandboxSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "backend",
            "image",
            "read_only_paths",
            "readOnlyPaths",
            "read_write_paths",
            "readWritePaths",
            "syscall_profile",
            "syscallProfile",
            "limits",
            "network",
            "runtime_class_name",
            "runtimeClassName",
            "env",
            "working_directory",
            "workingDirectory",
            "idle_timeout",
            "idleTimeout",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Backend,
            Image,
            ReadOnlyPaths,
            ReadWritePaths,
            SyscallProfile,
            Limits,
            Network,
            RuntimeClassName,
            Env,
            WorkingDirectory,
            IdleTimeout,
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
                            "backend" => Ok(GeneratedField::Backend),
                            "image" => Ok(GeneratedField::Image),
                            "readOnlyPaths" | "read_only_paths" => Ok(GeneratedField::ReadOnlyPaths),
                            "readWritePaths" | "read_write_paths" => Ok(GeneratedField::ReadWritePaths),
                            "syscallProfile" | "syscall_profile" => Ok(GeneratedField::SyscallProfile),
                            "limits" => Ok(GeneratedField::Limits),
                            "network" => Ok(GeneratedField::Network),
                            "runtimeClassName" | "runtime_class_name" => Ok(GeneratedField::RuntimeClassName),
                            "env" => Ok(GeneratedField::Env),
                            "workingDirectory" | "working_directory" => Ok(GeneratedField::WorkingDirectory),
                            "idleTimeout" | "idle_timeout" => Ok(GeneratedField::IdleTimeout),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SandboxSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.SandboxSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SandboxSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut backend__ = None;
                let mut image__ = None;
                let mut read_only_paths__ = None;
                let mut read_write_paths__ = None;
                let mut syscall_profile__ = None;
                let mut limits__ = None;
                let mut network__ = None;
                let mut runtime_class_name__ = None;
                let mut env__ = None;
                let mut working_directory__ = None;
                let mut idle_timeout__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Backend => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backend"));
                            }
                            backend__ = Some(map_.next_value::<SandboxBackend>()? as i32);
                        }
                        GeneratedField::Image => {
                            if image__.is_some() {
                                return Err(serde::de::Error::duplicate_field("image"));
                            }
                            image__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReadOnlyPaths => {
                            if read_only_paths__.is_some() {
                                return Err(serde::de::Error::duplicate_field("readOnlyPaths"));
                            }
                            read_only_paths__ = Some(map_.next_value()?);
                        }
                        GeneratedField::ReadWritePaths => {
                            if read_write_paths__.is_some() {
                                return Err(serde::de::Error::duplicate_field("readWritePaths"));
                            }
                            read_write_paths__ = Some(map_.next_value()?);
                        }
                        GeneratedField::SyscallProfile => {
                            if syscall_profile__.is_some() {
                                return Err(serde::de::Error::duplicate_field("syscallProfile"));
                            }
                            syscall_profile__ = Some(map_.next_value::<SyscallProfile>()? as i32);
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                        GeneratedField::Network => {
                            if network__.is_some() {
                                return Err(serde::de::Error::duplicate_field("network"));
                            }
                            network__ = map_.next_value()?;
                        }
                        GeneratedField::RuntimeClassName => {
                            if runtime_class_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("runtimeClassName"));
                            }
                            runtime_class_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Env => {
                            if env__.is_some() {
                                return Err(serde::de::Error::duplicate_field("env"));
                            }
                            env__ = Some(
                                map_.next_value::<std::collections::BTreeMap<_, _>>()?
                            );
                        }
                        GeneratedField::WorkingDirectory => {
                            if working_directory__.is_some() {
                                return Err(serde::de::Error::duplicate_field("workingDirectory"));
                            }
                            working_directory__ = Some(map_.next_value()?);
                        }
                        GeneratedField::IdleTimeout => {
                            if idle_timeout__.is_some() {
                                return Err(serde::de::Error::duplicate_field("idleTimeout"));
                            }
                            idle_timeout__ = map_.next_value()?;
                        }
                    }
                }
                Ok(SandboxSpec {
                    backend: backend__.unwrap_or_default(),
                    image: image__.unwrap_or_default(),
                    read_only_paths: read_only_paths__.unwrap_or_default(),
                    read_write_paths: read_write_paths__.unwrap_or_default(),
                    syscall_profile: syscall_profile__.unwrap_or_default(),
                    limits: limits__,
                    network: network__,
                    runtime_class_name: runtime_class_name__.unwrap_or_default(),
                    env: env__.unwrap_or_default(),
                    working_directory: working_directory__.unwrap_or_default(),
                    idle_timeout: idle_timeout__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.SandboxSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for Script {
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
        if self.inputs.is_some() {
            len += 1;
        }
        if self.state != 0 {
            len += 1;
        }
        if !self.pending_calls.is_empty() {
            len += 1;
        }
        if self.owner.is_some() {
            len += 1;
        }
        if self.step_count != 0 {
            len += 1;
        }
        if self.start_time.is_some() {
            len += 1;
        }
        if self.end_time.is_some() {
            len += 1;
        }
        if self.outcome.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.Script", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if let Some(v) = self.inputs.as_ref() {
            struct_ser.serialize_field("inputs", v)?;
        }
        if self.state != 0 {
            let v = ScriptState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if !self.pending_calls.is_empty() {
            struct_ser.serialize_field("pendingCalls", &self.pending_calls)?;
        }
        if let Some(v) = self.owner.as_ref() {
            struct_ser.serialize_field("owner", v)?;
        }
        if self.step_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("stepCount", ToString::to_string(&self.step_count).as_str())?;
        }
        if let Some(v) = self.start_time.as_ref() {
            struct_ser.serialize_field("startTime", v)?;
        }
        if let Some(v) = self.end_time.as_ref() {
            struct_ser.serialize_field("endTime", v)?;
        }
        if let Some(v) = self.outcome.as_ref() {
            match v {
                script::Outcome::Result(v) => {
                    struct_ser.serialize_field("result", v)?;
                }
                script::Outcome::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Script {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "inputs",
            "state",
            "pending_calls",
            "pendingCalls",
            "owner",
            "step_count",
            "stepCount",
            "start_time",
            "startTime",
            "end_time",
            "endTime",
            "result",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            Inputs,
            State,
            PendingCalls,
            Owner,
            StepCount,
            StartTime,
            EndTime,
            Result,
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
                            "id" => Ok(GeneratedField::Id),
                            "spec" => Ok(GeneratedField::Spec),
                            "inputs" => Ok(GeneratedField::Inputs),
                            "state" => Ok(GeneratedField::State),
                            "pendingCalls" | "pending_calls" => Ok(GeneratedField::PendingCalls),
                            "owner" => Ok(GeneratedField::Owner),
                            "stepCount" | "step_count" => Ok(GeneratedField::StepCount),
                            "startTime" | "start_time" => Ok(GeneratedField::StartTime),
                            "endTime" | "end_time" => Ok(GeneratedField::EndTime),
                            "result" => Ok(GeneratedField::Result),
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
            type Value = Script;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.Script")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Script, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut inputs__ = None;
                let mut state__ = None;
                let mut pending_calls__ = None;
                let mut owner__ = None;
                let mut step_count__ = None;
                let mut start_time__ = None;
                let mut end_time__ = None;
                let mut outcome__ = None;
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
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = map_.next_value()?;
                        }
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<ScriptState>()? as i32);
                        }
                        GeneratedField::PendingCalls => {
                            if pending_calls__.is_some() {
                                return Err(serde::de::Error::duplicate_field("pendingCalls"));
                            }
                            pending_calls__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Owner => {
                            if owner__.is_some() {
                                return Err(serde::de::Error::duplicate_field("owner"));
                            }
                            owner__ = map_.next_value()?;
                        }
                        GeneratedField::StepCount => {
                            if step_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stepCount"));
                            }
                            step_count__ = 
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
                        GeneratedField::Result => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("result"));
                            }
                            outcome__ = map_.next_value::<::std::option::Option<_>>()?.map(script::Outcome::Result)
;
                        }
                        GeneratedField::Error => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            outcome__ = map_.next_value::<::std::option::Option<_>>()?.map(script::Outcome::Error)
;
                        }
                    }
                }
                Ok(Script {
                    id: id__,
                    spec: spec__,
                    inputs: inputs__,
                    state: state__.unwrap_or_default(),
                    pending_calls: pending_calls__.unwrap_or_default(),
                    owner: owner__,
                    step_count: step_count__.unwrap_or_default(),
                    start_time: start_time__,
                    end_time: end_time__,
                    outcome: outcome__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.Script", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScriptIdentifier {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ScriptIdentifier", len)?;
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
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScriptIdentifier {
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
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Org,
            Project,
            Domain,
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
                            "org" => Ok(GeneratedField::Org),
                            "project" => Ok(GeneratedField::Project),
                            "domain" => Ok(GeneratedField::Domain),
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
            type Value = ScriptIdentifier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ScriptIdentifier")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScriptIdentifier, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut org__ = None;
                let mut project__ = None;
                let mut domain__ = None;
                let mut name__ = None;
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
                    }
                }
                Ok(ScriptIdentifier {
                    org: org__.unwrap_or_default(),
                    project: project__.unwrap_or_default(),
                    domain: domain__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ScriptIdentifier", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScriptLimits {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.max_wall_time.is_some() {
            len += 1;
        }
        if self.max_memory_bytes != 0 {
            len += 1;
        }
        if self.max_step_count != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ScriptLimits", len)?;
        if let Some(v) = self.max_wall_time.as_ref() {
            struct_ser.serialize_field("maxWallTime", v)?;
        }
        if self.max_memory_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxMemoryBytes", ToString::to_string(&self.max_memory_bytes).as_str())?;
        }
        if self.max_step_count != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("maxStepCount", ToString::to_string(&self.max_step_count).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScriptLimits {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "max_wall_time",
            "maxWallTime",
            "max_memory_bytes",
            "maxMemoryBytes",
            "max_step_count",
            "maxStepCount",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            MaxWallTime,
            MaxMemoryBytes,
            MaxStepCount,
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
                            "maxWallTime" | "max_wall_time" => Ok(GeneratedField::MaxWallTime),
                            "maxMemoryBytes" | "max_memory_bytes" => Ok(GeneratedField::MaxMemoryBytes),
                            "maxStepCount" | "max_step_count" => Ok(GeneratedField::MaxStepCount),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScriptLimits;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ScriptLimits")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScriptLimits, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut max_wall_time__ = None;
                let mut max_memory_bytes__ = None;
                let mut max_step_count__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::MaxWallTime => {
                            if max_wall_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxWallTime"));
                            }
                            max_wall_time__ = map_.next_value()?;
                        }
                        GeneratedField::MaxMemoryBytes => {
                            if max_memory_bytes__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxMemoryBytes"));
                            }
                            max_memory_bytes__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::MaxStepCount => {
                            if max_step_count__.is_some() {
                                return Err(serde::de::Error::duplicate_field("maxStepCount"));
                            }
                            max_step_count__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(ScriptLimits {
                    max_wall_time: max_wall_time__,
                    max_memory_bytes: max_memory_bytes__.unwrap_or_default(),
                    max_step_count: max_step_count__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ScriptLimits", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScriptSpec {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.source.is_empty() {
            len += 1;
        }
        if !self.allowed_tasks.is_empty() {
            len += 1;
        }
        if self.limits.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.ScriptSpec", len)?;
        if !self.source.is_empty() {
            struct_ser.serialize_field("source", &self.source)?;
        }
        if !self.allowed_tasks.is_empty() {
            struct_ser.serialize_field("allowedTasks", &self.allowed_tasks)?;
        }
        if let Some(v) = self.limits.as_ref() {
            struct_ser.serialize_field("limits", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for ScriptSpec {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "source",
            "allowed_tasks",
            "allowedTasks",
            "limits",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Source,
            AllowedTasks,
            Limits,
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
                            "allowedTasks" | "allowed_tasks" => Ok(GeneratedField::AllowedTasks),
                            "limits" => Ok(GeneratedField::Limits),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScriptSpec;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.ScriptSpec")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<ScriptSpec, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut source__ = None;
                let mut allowed_tasks__ = None;
                let mut limits__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Source => {
                            if source__.is_some() {
                                return Err(serde::de::Error::duplicate_field("source"));
                            }
                            source__ = Some(map_.next_value()?);
                        }
                        GeneratedField::AllowedTasks => {
                            if allowed_tasks__.is_some() {
                                return Err(serde::de::Error::duplicate_field("allowedTasks"));
                            }
                            allowed_tasks__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Limits => {
                            if limits__.is_some() {
                                return Err(serde::de::Error::duplicate_field("limits"));
                            }
                            limits__ = map_.next_value()?;
                        }
                    }
                }
                Ok(ScriptSpec {
                    source: source__.unwrap_or_default(),
                    allowed_tasks: allowed_tasks__.unwrap_or_default(),
                    limits: limits__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.ScriptSpec", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for ScriptState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SCRIPT_STATE_UNSPECIFIED",
            Self::Running => "SCRIPT_STATE_RUNNING",
            Self::Paused => "SCRIPT_STATE_PAUSED",
            Self::Succeeded => "SCRIPT_STATE_SUCCEEDED",
            Self::Failed => "SCRIPT_STATE_FAILED",
            Self::Cancelled => "SCRIPT_STATE_CANCELLED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for ScriptState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SCRIPT_STATE_UNSPECIFIED",
            "SCRIPT_STATE_RUNNING",
            "SCRIPT_STATE_PAUSED",
            "SCRIPT_STATE_SUCCEEDED",
            "SCRIPT_STATE_FAILED",
            "SCRIPT_STATE_CANCELLED",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = ScriptState;

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
                    "SCRIPT_STATE_UNSPECIFIED" => Ok(ScriptState::Unspecified),
                    "SCRIPT_STATE_RUNNING" => Ok(ScriptState::Running),
                    "SCRIPT_STATE_PAUSED" => Ok(ScriptState::Paused),
                    "SCRIPT_STATE_SUCCEEDED" => Ok(ScriptState::Succeeded),
                    "SCRIPT_STATE_FAILED" => Ok(ScriptState::Failed),
                    "SCRIPT_STATE_CANCELLED" => Ok(ScriptState::Cancelled),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for Session {
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
        if self.state != 0 {
            len += 1;
        }
        if self.backend != 0 {
            len += 1;
        }
        if self.owner.is_some() {
            len += 1;
        }
        if self.labels.is_some() {
            len += 1;
        }
        if !self.state_message.is_empty() {
            len += 1;
        }
        if self.open_time.is_some() {
            len += 1;
        }
        if self.last_activity_time.is_some() {
            len += 1;
        }
        if self.close_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.Session", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if self.state != 0 {
            let v = SessionState::try_from(self.state)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.state)))?;
            struct_ser.serialize_field("state", &v)?;
        }
        if self.backend != 0 {
            let v = SandboxBackend::try_from(self.backend)
                .map_err(|_| serde::ser::Error::custom(format!("Invalid variant {}", self.backend)))?;
            struct_ser.serialize_field("backend", &v)?;
        }
        if let Some(v) = self.owner.as_ref() {
            struct_ser.serialize_field("owner", v)?;
        }
        if let Some(v) = self.labels.as_ref() {
            struct_ser.serialize_field("labels", v)?;
        }
        if !self.state_message.is_empty() {
            struct_ser.serialize_field("stateMessage", &self.state_message)?;
        }
        if let Some(v) = self.open_time.as_ref() {
            struct_ser.serialize_field("openTime", v)?;
        }
        if let Some(v) = self.last_activity_time.as_ref() {
            struct_ser.serialize_field("lastActivityTime", v)?;
        }
        if let Some(v) = self.close_time.as_ref() {
            struct_ser.serialize_field("closeTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for Session {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "state",
            "backend",
            "owner",
            "labels",
            "state_message",
            "stateMessage",
            "open_time",
            "openTime",
            "last_activity_time",
            "lastActivityTime",
            "close_time",
            "closeTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            State,
            Backend,
            Owner,
            Labels,
            StateMessage,
            OpenTime,
            LastActivityTime,
            CloseTime,
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
                            "state" => Ok(GeneratedField::State),
                            "backend" => Ok(GeneratedField::Backend),
                            "owner" => Ok(GeneratedField::Owner),
                            "labels" => Ok(GeneratedField::Labels),
                            "stateMessage" | "state_message" => Ok(GeneratedField::StateMessage),
                            "openTime" | "open_time" => Ok(GeneratedField::OpenTime),
                            "lastActivityTime" | "last_activity_time" => Ok(GeneratedField::LastActivityTime),
                            "closeTime" | "close_time" => Ok(GeneratedField::CloseTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = Session;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.Session")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<Session, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut state__ = None;
                let mut backend__ = None;
                let mut owner__ = None;
                let mut labels__ = None;
                let mut state_message__ = None;
                let mut open_time__ = None;
                let mut last_activity_time__ = None;
                let mut close_time__ = None;
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
                        GeneratedField::State => {
                            if state__.is_some() {
                                return Err(serde::de::Error::duplicate_field("state"));
                            }
                            state__ = Some(map_.next_value::<SessionState>()? as i32);
                        }
                        GeneratedField::Backend => {
                            if backend__.is_some() {
                                return Err(serde::de::Error::duplicate_field("backend"));
                            }
                            backend__ = Some(map_.next_value::<SandboxBackend>()? as i32);
                        }
                        GeneratedField::Owner => {
                            if owner__.is_some() {
                                return Err(serde::de::Error::duplicate_field("owner"));
                            }
                            owner__ = map_.next_value()?;
                        }
                        GeneratedField::Labels => {
                            if labels__.is_some() {
                                return Err(serde::de::Error::duplicate_field("labels"));
                            }
                            labels__ = map_.next_value()?;
                        }
                        GeneratedField::StateMessage => {
                            if state_message__.is_some() {
                                return Err(serde::de::Error::duplicate_field("stateMessage"));
                            }
                            state_message__ = Some(map_.next_value()?);
                        }
                        GeneratedField::OpenTime => {
                            if open_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("openTime"));
                            }
                            open_time__ = map_.next_value()?;
                        }
                        GeneratedField::LastActivityTime => {
                            if last_activity_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("lastActivityTime"));
                            }
                            last_activity_time__ = map_.next_value()?;
                        }
                        GeneratedField::CloseTime => {
                            if close_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("closeTime"));
                            }
                            close_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(Session {
                    id: id__,
                    spec: spec__,
                    state: state__.unwrap_or_default(),
                    backend: backend__.unwrap_or_default(),
                    owner: owner__,
                    labels: labels__,
                    state_message: state_message__.unwrap_or_default(),
                    open_time: open_time__,
                    last_activity_time: last_activity_time__,
                    close_time: close_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.Session", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SessionIdentifier {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.SessionIdentifier", len)?;
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
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for SessionIdentifier {
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
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Org,
            Project,
            Domain,
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
                            "org" => Ok(GeneratedField::Org),
                            "project" => Ok(GeneratedField::Project),
                            "domain" => Ok(GeneratedField::Domain),
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
            type Value = SessionIdentifier;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.SessionIdentifier")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<SessionIdentifier, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut org__ = None;
                let mut project__ = None;
                let mut domain__ = None;
                let mut name__ = None;
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
                    }
                }
                Ok(SessionIdentifier {
                    org: org__.unwrap_or_default(),
                    project: project__.unwrap_or_default(),
                    domain: domain__.unwrap_or_default(),
                    name: name__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.SessionIdentifier", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SessionState {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SESSION_STATE_UNSPECIFIED",
            Self::Opening => "SESSION_STATE_OPENING",
            Self::Ready => "SESSION_STATE_READY",
            Self::Closing => "SESSION_STATE_CLOSING",
            Self::Closed => "SESSION_STATE_CLOSED",
            Self::Failed => "SESSION_STATE_FAILED",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SessionState {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SESSION_STATE_UNSPECIFIED",
            "SESSION_STATE_OPENING",
            "SESSION_STATE_READY",
            "SESSION_STATE_CLOSING",
            "SESSION_STATE_CLOSED",
            "SESSION_STATE_FAILED",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SessionState;

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
                    "SESSION_STATE_UNSPECIFIED" => Ok(SessionState::Unspecified),
                    "SESSION_STATE_OPENING" => Ok(SessionState::Opening),
                    "SESSION_STATE_READY" => Ok(SessionState::Ready),
                    "SESSION_STATE_CLOSING" => Ok(SessionState::Closing),
                    "SESSION_STATE_CLOSED" => Ok(SessionState::Closed),
                    "SESSION_STATE_FAILED" => Ok(SessionState::Failed),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for StartScriptRequest {
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
        if self.inputs.is_some() {
            len += 1;
        }
        if self.owner.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.StartScriptRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if let Some(v) = self.spec.as_ref() {
            struct_ser.serialize_field("spec", v)?;
        }
        if let Some(v) = self.inputs.as_ref() {
            struct_ser.serialize_field("inputs", v)?;
        }
        if let Some(v) = self.owner.as_ref() {
            struct_ser.serialize_field("owner", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StartScriptRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "spec",
            "inputs",
            "owner",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Spec,
            Inputs,
            Owner,
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
                            "inputs" => Ok(GeneratedField::Inputs),
                            "owner" => Ok(GeneratedField::Owner),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StartScriptRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.StartScriptRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StartScriptRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut spec__ = None;
                let mut inputs__ = None;
                let mut owner__ = None;
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
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = map_.next_value()?;
                        }
                        GeneratedField::Owner => {
                            if owner__.is_some() {
                                return Err(serde::de::Error::duplicate_field("owner"));
                            }
                            owner__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StartScriptRequest {
                    id: id__,
                    spec: spec__,
                    inputs: inputs__,
                    owner: owner__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.StartScriptRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for StartScriptResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.script.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.StartScriptResponse", len)?;
        if let Some(v) = self.script.as_ref() {
            struct_ser.serialize_field("script", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for StartScriptResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "script",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Script,
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
                            "script" => Ok(GeneratedField::Script),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = StartScriptResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.StartScriptResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<StartScriptResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut script__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = map_.next_value()?;
                        }
                    }
                }
                Ok(StartScriptResponse {
                    script: script__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.StartScriptResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for SyscallProfile {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        let variant = match self {
            Self::Unspecified => "SYSCALL_PROFILE_UNSPECIFIED",
            Self::Default => "SYSCALL_PROFILE_DEFAULT",
            Self::Strict => "SYSCALL_PROFILE_STRICT",
        };
        serializer.serialize_str(variant)
    }
}
impl<'de> serde::Deserialize<'de> for SyscallProfile {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "SYSCALL_PROFILE_UNSPECIFIED",
            "SYSCALL_PROFILE_DEFAULT",
            "SYSCALL_PROFILE_STRICT",
        ];

        struct GeneratedVisitor;

        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = SyscallProfile;

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
                    "SYSCALL_PROFILE_UNSPECIFIED" => Ok(SyscallProfile::Unspecified),
                    "SYSCALL_PROFILE_DEFAULT" => Ok(SyscallProfile::Default),
                    "SYSCALL_PROFILE_STRICT" => Ok(SyscallProfile::Strict),
                    _ => Err(serde::de::Error::unknown_variant(value, FIELDS)),
                }
            }
        }
        deserializer.deserialize_any(GeneratedVisitor)
    }
}
impl serde::Serialize for TaskCall {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.call_id.is_empty() {
            len += 1;
        }
        if !self.function_name.is_empty() {
            len += 1;
        }
        if self.task.is_some() {
            len += 1;
        }
        if self.inputs.is_some() {
            len += 1;
        }
        if self.call_time.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.TaskCall", len)?;
        if !self.call_id.is_empty() {
            struct_ser.serialize_field("callId", &self.call_id)?;
        }
        if !self.function_name.is_empty() {
            struct_ser.serialize_field("functionName", &self.function_name)?;
        }
        if let Some(v) = self.task.as_ref() {
            struct_ser.serialize_field("task", v)?;
        }
        if let Some(v) = self.inputs.as_ref() {
            struct_ser.serialize_field("inputs", v)?;
        }
        if let Some(v) = self.call_time.as_ref() {
            struct_ser.serialize_field("callTime", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskCall {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "call_id",
            "callId",
            "function_name",
            "functionName",
            "task",
            "inputs",
            "call_time",
            "callTime",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CallId,
            FunctionName,
            Task,
            Inputs,
            CallTime,
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
                            "callId" | "call_id" => Ok(GeneratedField::CallId),
                            "functionName" | "function_name" => Ok(GeneratedField::FunctionName),
                            "task" => Ok(GeneratedField::Task),
                            "inputs" => Ok(GeneratedField::Inputs),
                            "callTime" | "call_time" => Ok(GeneratedField::CallTime),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = TaskCall;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.TaskCall")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskCall, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut call_id__ = None;
                let mut function_name__ = None;
                let mut task__ = None;
                let mut inputs__ = None;
                let mut call_time__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CallId => {
                            if call_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callId"));
                            }
                            call_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FunctionName => {
                            if function_name__.is_some() {
                                return Err(serde::de::Error::duplicate_field("functionName"));
                            }
                            function_name__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Task => {
                            if task__.is_some() {
                                return Err(serde::de::Error::duplicate_field("task"));
                            }
                            task__ = map_.next_value()?;
                        }
                        GeneratedField::Inputs => {
                            if inputs__.is_some() {
                                return Err(serde::de::Error::duplicate_field("inputs"));
                            }
                            inputs__ = map_.next_value()?;
                        }
                        GeneratedField::CallTime => {
                            if call_time__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callTime"));
                            }
                            call_time__ = map_.next_value()?;
                        }
                    }
                }
                Ok(TaskCall {
                    call_id: call_id__.unwrap_or_default(),
                    function_name: function_name__.unwrap_or_default(),
                    task: task__,
                    inputs: inputs__,
                    call_time: call_time__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.TaskCall", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for TaskCallResult {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if !self.call_id.is_empty() {
            len += 1;
        }
        if self.outcome.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.TaskCallResult", len)?;
        if !self.call_id.is_empty() {
            struct_ser.serialize_field("callId", &self.call_id)?;
        }
        if let Some(v) = self.outcome.as_ref() {
            match v {
                task_call_result::Outcome::Outputs(v) => {
                    struct_ser.serialize_field("outputs", v)?;
                }
                task_call_result::Outcome::Error(v) => {
                    struct_ser.serialize_field("error", v)?;
                }
            }
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for TaskCallResult {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "call_id",
            "callId",
            "outputs",
            "error",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            CallId,
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
                            "callId" | "call_id" => Ok(GeneratedField::CallId),
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
            type Value = TaskCallResult;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.TaskCallResult")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<TaskCallResult, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut call_id__ = None;
                let mut outcome__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::CallId => {
                            if call_id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("callId"));
                            }
                            call_id__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Outputs => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("outputs"));
                            }
                            outcome__ = map_.next_value::<::std::option::Option<_>>()?.map(task_call_result::Outcome::Outputs)
;
                        }
                        GeneratedField::Error => {
                            if outcome__.is_some() {
                                return Err(serde::de::Error::duplicate_field("error"));
                            }
                            outcome__ = map_.next_value::<::std::option::Option<_>>()?.map(task_call_result::Outcome::Error)
;
                        }
                    }
                }
                Ok(TaskCallResult {
                    call_id: call_id__.unwrap_or_default(),
                    outcome: outcome__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.TaskCallResult", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchScriptRequest {
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
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.WatchScriptRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchScriptRequest {
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
            type Value = WatchScriptRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.WatchScriptRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchScriptRequest, V::Error>
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
                Ok(WatchScriptRequest {
                    id: id__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.WatchScriptRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WatchScriptResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.script.is_some() {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.WatchScriptResponse", len)?;
        if let Some(v) = self.script.as_ref() {
            struct_ser.serialize_field("script", v)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WatchScriptResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "script",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Script,
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
                            "script" => Ok(GeneratedField::Script),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WatchScriptResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.WatchScriptResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WatchScriptResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut script__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Script => {
                            if script__.is_some() {
                                return Err(serde::de::Error::duplicate_field("script"));
                            }
                            script__ = map_.next_value()?;
                        }
                    }
                }
                Ok(WatchScriptResponse {
                    script: script__,
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.WatchScriptResponse", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WriteFileRequest {
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
        if !self.path.is_empty() {
            len += 1;
        }
        if !self.content.is_empty() {
            len += 1;
        }
        if self.append {
            len += 1;
        }
        if self.file_mode != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.WriteFileRequest", len)?;
        if let Some(v) = self.id.as_ref() {
            struct_ser.serialize_field("id", v)?;
        }
        if !self.path.is_empty() {
            struct_ser.serialize_field("path", &self.path)?;
        }
        if !self.content.is_empty() {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("content", pbjson::private::base64::encode(&self.content).as_str())?;
        }
        if self.append {
            struct_ser.serialize_field("append", &self.append)?;
        }
        if self.file_mode != 0 {
            struct_ser.serialize_field("fileMode", &self.file_mode)?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WriteFileRequest {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "id",
            "path",
            "content",
            "append",
            "file_mode",
            "fileMode",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
            Id,
            Path,
            Content,
            Append,
            FileMode,
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
                            "path" => Ok(GeneratedField::Path),
                            "content" => Ok(GeneratedField::Content),
                            "append" => Ok(GeneratedField::Append),
                            "fileMode" | "file_mode" => Ok(GeneratedField::FileMode),
                            _ => Err(serde::de::Error::unknown_field(value, FIELDS)),
                        }
                    }
                }
                deserializer.deserialize_identifier(GeneratedVisitor)
            }
        }
        struct GeneratedVisitor;
        impl<'de> serde::de::Visitor<'de> for GeneratedVisitor {
            type Value = WriteFileRequest;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.WriteFileRequest")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WriteFileRequest, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut id__ = None;
                let mut path__ = None;
                let mut content__ = None;
                let mut append__ = None;
                let mut file_mode__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
                        GeneratedField::Id => {
                            if id__.is_some() {
                                return Err(serde::de::Error::duplicate_field("id"));
                            }
                            id__ = map_.next_value()?;
                        }
                        GeneratedField::Path => {
                            if path__.is_some() {
                                return Err(serde::de::Error::duplicate_field("path"));
                            }
                            path__ = Some(map_.next_value()?);
                        }
                        GeneratedField::Content => {
                            if content__.is_some() {
                                return Err(serde::de::Error::duplicate_field("content"));
                            }
                            content__ = 
                                Some(map_.next_value::<::pbjson::private::BytesDeserialize<_>>()?.0)
                            ;
                        }
                        GeneratedField::Append => {
                            if append__.is_some() {
                                return Err(serde::de::Error::duplicate_field("append"));
                            }
                            append__ = Some(map_.next_value()?);
                        }
                        GeneratedField::FileMode => {
                            if file_mode__.is_some() {
                                return Err(serde::de::Error::duplicate_field("fileMode"));
                            }
                            file_mode__ = 
                                Some(map_.next_value::<::pbjson::private::NumberDeserialize<_>>()?.0)
                            ;
                        }
                    }
                }
                Ok(WriteFileRequest {
                    id: id__,
                    path: path__.unwrap_or_default(),
                    content: content__.unwrap_or_default(),
                    append: append__.unwrap_or_default(),
                    file_mode: file_mode__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.WriteFileRequest", FIELDS, GeneratedVisitor)
    }
}
impl serde::Serialize for WriteFileResponse {
    #[allow(deprecated)]
    fn serialize<S>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error>
    where
        S: serde::Serializer,
    {
        use serde::ser::SerializeStruct;
        let mut len = 0;
        if self.size_bytes != 0 {
            len += 1;
        }
        let mut struct_ser = serializer.serialize_struct("flyteidl2.sandbox.v1.WriteFileResponse", len)?;
        if self.size_bytes != 0 {
            #[allow(clippy::needless_borrow)]
            #[allow(clippy::needless_borrows_for_generic_args)]
            struct_ser.serialize_field("sizeBytes", ToString::to_string(&self.size_bytes).as_str())?;
        }
        struct_ser.end()
    }
}
impl<'de> serde::Deserialize<'de> for WriteFileResponse {
    #[allow(deprecated)]
    fn deserialize<D>(deserializer: D) -> std::result::Result<Self, D::Error>
    where
        D: serde::Deserializer<'de>,
    {
        const FIELDS: &[&str] = &[
            "size_bytes",
            "sizeBytes",
        ];

        #[allow(clippy::enum_variant_names)]
        enum GeneratedField {
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
            type Value = WriteFileResponse;

            fn expecting(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str("struct flyteidl2.sandbox.v1.WriteFileResponse")
            }

            fn visit_map<V>(self, mut map_: V) -> std::result::Result<WriteFileResponse, V::Error>
                where
                    V: serde::de::MapAccess<'de>,
            {
                let mut size_bytes__ = None;
                while let Some(k) = map_.next_key()? {
                    match k {
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
                Ok(WriteFileResponse {
                    size_bytes: size_bytes__.unwrap_or_default(),
                })
            }
        }
        deserializer.deserialize_struct("flyteidl2.sandbox.v1.WriteFileResponse", FIELDS, GeneratedVisitor)
    }
}
