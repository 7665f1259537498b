//! `flyteidl2._native`: the compiled part of the flyteidl2 Python package.
//!
//! `flyteidl2.canonical` lets upb serialize a message deterministically and hands the
//! bytes to `Schema::order_maps`, which walks them once against the message's schema:
//! it checks that they hold nothing the canonical encoding cannot (a field or wire type
//! the schema does not define, a record out of field-number order, nesting deeper than
//! `MAX_DEPTH`) and puts the entries of every map in key order, the one place where
//! upb's order and the encoding's differ. `docs/canonical-encoding.md` has the rules.
//!
//! `flyteidl2.models_codec` writes the betterproto2 models to canonical bytes and reads
//! them back through `ModelCodec` (models.rs), following a plan per message type.

use pyo3::exceptions::{PyIndexError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;

mod models;
mod walk;
mod wire;

use walk::Walk;
use wire::{KeyOrder, WIRE_FIXED32, WIRE_FIXED64, WIRE_LEN, WIRE_VARINT};

/// How deep messages may nest below the encoded message, a map entry counting as a
/// level: the limit of `flyteidl2.canonical.MAX_DEPTH`.
const MAX_DEPTH: u32 = 100;

pyo3::create_exception!(
    _native,
    NotCanonicalError,
    PyValueError,
    "Raised when bytes hold something that the canonical encoding cannot: the text says \
     what and in which message type."
);

/// The message types that one schema covers, each found by its index.
#[pyclass(frozen, module = "flyteidl2._native")]
struct Schema {
    types: Vec<MessageType>,
}

struct MessageType {
    full_name: String,
    /// Sorted by number.
    fields: Vec<Field>,
    /// The slot of every tag up to the largest field's (when that number is small),
    /// which spares the walk a search and a wire-type check; filled in by `index_tags`.
    slots_by_tag: Vec<Slot>,
    /// Set when the type is a map's entry.
    entry: Option<MapEntry>,
}

/// The largest field number that `MessageType::slots_by_tag` covers.
const INDEXED_NUMBERS: u32 = 1024;

impl MessageType {
    fn index_tags(&mut self) {
        let largest = self.fields.last().map_or(0, |field| field.number);
        if largest > INDEXED_NUMBERS {
            return;
        }
        self.slots_by_tag = vec![Slot::UNDEFINED; (largest as usize + 1) << 3];
        for field in &self.fields {
            self.slots_by_tag[tag(field.number, field.wire_type) as usize] = Slot::of(field);
        }
    }

    /// The slot of a record's tag: what the walk does with the record.
    fn slot(&self, tag: u64) -> Slot {
        if let Some(&slot) = usize::try_from(tag)
            .ok()
            .and_then(|t| self.slots_by_tag.get(t))
        {
            return slot;
        }
        if !self.slots_by_tag.is_empty() {
            return Slot::UNDEFINED;
        }
        let (number, wire_type) = wire::split_tag(tag);
        match self
            .fields
            .binary_search_by_key(&number, |field| field.number)
        {
            Ok(index) if self.fields[index].wire_type == wire_type => Slot::of(&self.fields[index]),
            _ => Slot::UNDEFINED,
        }
    }

    fn field(&self, number: u32) -> &Field {
        let index = self
            .fields
            .binary_search_by_key(&number, |field| field.number);
        &self.fields[index.expect("the walk names fields of the type")]
    }
}

/// A field's kind, whether it repeats, and the index of its message or entry type,
/// packed in one word: zero for a tag that no field has.
#[derive(Clone, Copy)]
struct Slot(u32);

impl Slot {
    const UNDEFINED: Slot = Slot(0);
    const SCALAR: u32 = 1;
    const MESSAGE: u32 = 2;
    const MAP: u32 = 3;
    const REPEATED: u32 = 4;

    fn of(field: &Field) -> Slot {
        let (kind, index) = match field.kind {
            Kind::Scalar => (Slot::SCALAR, 0),
            Kind::Message(index) => (Slot::MESSAGE, index),
            Kind::Map(index) => (Slot::MAP, index),
        };
        let repeated = if field.repeated { Slot::REPEATED } else { 0 };
        Slot(kind | repeated | (index as u32) << 3)
    }

    fn kind(self) -> u32 {
        self.0 & 3
    }

    fn repeated(self) -> bool {
        self.0 & Slot::REPEATED != 0
    }

    fn index(self) -> usize {
        (self.0 >> 3) as usize
    }
}

struct Field {
    number: u32,
    name: String,
    /// The type as descriptor.proto numbers it (`TYPE_*`).
    field_type: i32,
    /// The wire type of the field's canonical records (packed for repeated numbers).
    wire_type: u8,
    repeated: bool,
    kind: Kind,
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Scalar,
    /// A message field, with the index of its type.
    Message(usize),
    /// A map field, with the index of its entry type.
    Map(usize),
}

struct MapEntry {
    key_order: KeyOrder,
    key_tag: u64,
    value_tag: u64,
    value_message: Option<usize>,
}

// The field types of descriptor.proto's FieldDescriptorProto.Type.
const TYPE_DOUBLE: i32 = 1;
const TYPE_FLOAT: i32 = 2;
const TYPE_INT64: i32 = 3;
const TYPE_UINT64: i32 = 4;
const TYPE_INT32: i32 = 5;
const TYPE_FIXED64: i32 = 6;
const TYPE_FIXED32: i32 = 7;
const TYPE_BOOL: i32 = 8;
const TYPE_STRING: i32 = 9;
const TYPE_MESSAGE: i32 = 11;
const TYPE_BYTES: i32 = 12;
const TYPE_UINT32: i32 = 13;
const TYPE_ENUM: i32 = 14;
const TYPE_SFIXED32: i32 = 15;
const TYPE_SFIXED64: i32 = 16;
const TYPE_SINT32: i32 = 17;
const TYPE_SINT64: i32 = 18;

/// One field as `Schema()` takes it: number, name, field type, whether it is repeated,
/// and the index of its message type (None for a scalar).
type FieldArgs = (u32, String, i32, bool, Option<usize>);

fn wire_type(field_type: i32) -> Option<u8> {
    match field_type {
        TYPE_INT64 | TYPE_UINT64 | TYPE_INT32 | TYPE_BOOL | TYPE_UINT32 | TYPE_ENUM
        | TYPE_SINT32 | TYPE_SINT64 => Some(WIRE_VARINT),
        TYPE_DOUBLE | TYPE_FIXED64 | TYPE_SFIXED64 => Some(WIRE_FIXED64),
        TYPE_FLOAT | TYPE_FIXED32 | TYPE_SFIXED32 => Some(WIRE_FIXED32),
        TYPE_STRING | TYPE_BYTES | TYPE_MESSAGE => Some(WIRE_LEN),
        _ => None,
    }
}

fn key_order(field_type: i32) -> Option<KeyOrder> {
    Some(match field_type {
        TYPE_INT32 | TYPE_INT64 => KeyOrder::Signed,
        TYPE_UINT32 | TYPE_UINT64 | TYPE_BOOL => KeyOrder::Unsigned,
        TYPE_SINT32 | TYPE_SINT64 => KeyOrder::Zigzag,
        TYPE_FIXED32 => KeyOrder::Fixed32,
        TYPE_SFIXED32 => KeyOrder::Sfixed32,
        TYPE_FIXED64 => KeyOrder::Fixed64,
        TYPE_SFIXED64 => KeyOrder::Sfixed64,
        TYPE_STRING => KeyOrder::Bytes,
        _ => return None,
    })
}

fn tag(number: u32, wire_type: u8) -> u64 {
    u64::from(number) << 3 | u64::from(wire_type)
}

#[pymethods]
impl Schema {
    /// Takes each message type as its full name, whether it is a map entry, and its
    /// fields (see `FieldArgs`); a field's message type is given by its index here.
    #[new]
    fn new(types: Vec<(String, bool, Vec<FieldArgs>)>) -> PyResult<Self> {
        let count = types.len();
        if count >= 1 << 29 {
            return Err(PyValueError::new_err(
                "a schema holds fewer than 2^29 types",
            ));
        }
        let mut built = Vec::with_capacity(count);
        for (full_name, is_entry, field_args) in &types {
            let mut fields = Vec::with_capacity(field_args.len());
            for (number, name, field_type, repeated, message) in field_args {
                let fault = |what: &str| {
                    PyValueError::new_err(format!("{full_name}.{name} ({number}): {what}"))
                };
                let scalar_wire_type = wire_type(*field_type).ok_or_else(|| {
                    fault("a field type without a canonical encoding (groups are not supported)")
                })?;
                if (*field_type == TYPE_MESSAGE) != message.is_some() {
                    return Err(fault("a message type is given exactly for message fields"));
                }
                if message.is_some_and(|index| index >= count) {
                    return Err(fault("the message type's index is out of range"));
                }
                let packed = *repeated && scalar_wire_type != WIRE_LEN;
                fields.push(Field {
                    number: *number,
                    name: name.clone(),
                    field_type: *field_type,
                    wire_type: if packed { WIRE_LEN } else { scalar_wire_type },
                    repeated: *repeated,
                    kind: message.map_or(Kind::Scalar, Kind::Message),
                });
            }
            fields.sort_by_key(|field| field.number);
            let entry = if *is_entry {
                Some(map_entry(full_name, &fields)?)
            } else {
                None
            };
            let full_name = full_name.clone();
            built.push(MessageType {
                full_name,
                fields,
                slots_by_tag: Vec::new(),
                entry,
            });
        }
        let entries: Vec<bool> = built
            .iter()
            .map(|message| message.entry.is_some())
            .collect();
        for message in &mut built {
            for field in &mut message.fields {
                let Kind::Message(index) = field.kind else {
                    continue;
                };
                if entries[index] {
                    if !field.repeated {
                        return Err(PyValueError::new_err(format!(
                            "{}.{}: a map entry type is the type of a singular field",
                            message.full_name, field.name
                        )));
                    }
                    field.kind = Kind::Map(index);
                }
            }
        }
        for message in &mut built {
            message.index_tags();
        }
        Ok(Schema { types: built })
    }

    /// Takes a message's deterministic upb bytes and the index of its type, and returns
    /// its canonical bytes: the same bytes (the same object when no map was out of key
    /// order) with the entries of every map in key order.
    ///
    /// Raises NotCanonicalError when the bytes hold a field or wire type that the schema does
    /// not define, records out of field-number order, nesting deeper than MAX_DEPTH or
    /// two entries of one map with the same key, and IndexError for an unknown type.
    fn order_maps<'py>(
        &self,
        py: Python<'py>,
        type_index: usize,
        data: Bound<'py, PyBytes>,
    ) -> PyResult<Bound<'py, PyBytes>> {
        if type_index >= self.types.len() {
            return Err(PyIndexError::new_err(format!(
                "type index {type_index} is out of range: the schema has {} types",
                self.types.len()
            )));
        }
        let bytes = data.as_bytes();
        let mut walk = Walk {
            schema: self,
            data: bytes,
            reorders: Vec::new(),
        };
        walk.message(type_index, 0, bytes.len(), 0)
            .map_err(|fault| NotCanonicalError::new_err(fault.describe(self)))?;
        if walk.reorders.is_empty() {
            return Ok(data);
        }
        let mut out = bytes.to_vec();
        // The walk records a map's reordering after those inside its entries, each
        // within one entry, so applying them in order moves every entry whole.
        for reorder in &walk.reorders {
            let run = out[reorder.start..reorder.end].to_vec();
            let mut at = reorder.start;
            for &(start, end) in &reorder.entries {
                let entry = &run[start - reorder.start..end - reorder.start];
                out[at..at + entry.len()].copy_from_slice(entry);
                at += entry.len();
            }
        }
        Ok(PyBytes::new(py, &out))
    }
}

fn map_entry(full_name: &str, fields: &[Field]) -> PyResult<MapEntry> {
    let fault = || {
        PyValueError::new_err(format!(
            "{full_name}: a map entry has a key (1) and a value (2)"
        ))
    };
    let [key, value] = fields else {
        return Err(fault());
    };
    if key.number != 1 || value.number != 2 || key.repeated || value.repeated {
        return Err(fault());
    }
    Ok(MapEntry {
        key_order: key_order(key.field_type).ok_or_else(|| {
            PyValueError::new_err(format!(
                "{full_name}: a map key of a type that maps cannot have"
            ))
        })?,
        key_tag: tag(1, key.wire_type),
        value_tag: tag(2, value.wire_type),
        value_message: match value.kind {
            Kind::Message(index) => Some(index),
            _ => None,
        },
    })
}

#[pymodule]
fn _native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<Schema>()?;
    module.add(
        "NotCanonicalError",
        module.py().get_type::<NotCanonicalError>(),
    )?;
    module.add("MAX_DEPTH", MAX_DEPTH)?;
    models::register(module)?;
    Ok(())
}
