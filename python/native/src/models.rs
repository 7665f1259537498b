//! Canonical bytes straight from the betterproto2 models, and models straight from
//! bytes, for `flyteidl2.models_codec`.
//!
//! A [`ModelCodec`] holds one plan per message type, which `models_codec` builds from
//! the protobuf descriptors and the model classes: each field's number, attribute,
//! shape (implicit presence, explicit presence, repeated or map) and value kind. Both
//! directions cover the plain case, and answer None for anything else, which
//! `models_codec` then handles through the protobuf classes, naming what is wrong:
//!
//! - `encode` leaves a model holding a value of another type than its field declares,
//!   unknown fields, two members of one oneof, or messages nested past [`MAX_DEPTH`].
//! - `decode` leaves bytes that are malformed, hold a field the type does not define or
//!   a record in a wire type its field does not use, set one singular field or oneof
//!   twice (which merges or replaces), hold a map entry other than one key and one
//!   value, a Timestamp or Duration that no datetime or timedelta holds, or nest past
//!   [`MAX_DEPTH`].
//!
//! The models hold a `google.protobuf.Timestamp` as an aware `datetime` and a
//! `Duration` as a `timedelta`; a value with nanoseconds below the microsecond is one of
//! `models_codec`'s subclasses that keep them.

use std::convert::Infallible;
use std::ffi::c_void;
use std::sync::Arc;

use pyo3::exceptions::{PyAttributeError, PyIndexError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString, PyType};
use pyo3::{ffi, intern};

use crate::wire::{self, Cursor, Key, WIRE_LEN, WIRE_VARINT};
use crate::{
    MAX_DEPTH, TYPE_BOOL, TYPE_BYTES, TYPE_DOUBLE, TYPE_ENUM, TYPE_FIXED32, TYPE_FIXED64,
    TYPE_FLOAT, TYPE_INT32, TYPE_INT64, TYPE_MESSAGE, TYPE_SFIXED32, TYPE_SFIXED64, TYPE_SINT32,
    TYPE_SINT64, TYPE_STRING, TYPE_UINT32, TYPE_UINT64, key_order, tag, wire_type,
};

pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ModelCodec>()
}

/// The plans of the model types that `models_codec` has met, each found by its index,
/// and the classes that hold times. A codec never changes: `define` returns a new one
/// that holds more types, so that an encode or decode under way on another thread,
/// which may run Python code and so let the thread that defines run, keeps its own.
#[pyclass(frozen, module = "flyteidl2._native")]
struct ModelCodec {
    types: Vec<Arc<ModelType>>,
    times: Arc<TimeClasses>,
    /// The address of `object.__new__`'s slot, which a model class inherits.
    object_new: usize,
}

struct TimeClasses {
    datetime: Py<PyType>,
    timedelta: Py<PyType>,
    /// `datetime.__new__` and `timedelta.__new__`, which make an instance of a subclass
    /// without running the subclass's own `__new__`.
    datetime_new: Py<PyAny>,
    timedelta_new: Py<PyAny>,
    nanosecond_datetime: Py<PyType>,
    nanosecond_timedelta: Py<PyType>,
    utc: Py<PyAny>,
    epoch: Py<PyAny>,
}

struct ModelType {
    model_class: Py<PyType>,
    /// The class's tp_alloc slot.
    alloc: ffi::allocfunc,
    /// The model's attributes when bytes set no field, repeated fields and maps aside:
    /// a decoded model's start from a copy.
    defaults: Py<PyDict>,
    set_dict: DictSetter,
    /// Sorted by number.
    fields: Vec<ModelField>,
    /// How many oneofs of more than one member the type has.
    oneofs: usize,
}

/// The setter of a model class's `__dict__` attribute, which gives an instance a new
/// dict as assigning `__dict__` in Python does. (PyObject_GenericSetDict writes the dict
/// pointer alone, which Python 3.13 does not read while the instance's inline values,
/// made with it, are in use.)
struct DictSetter {
    descriptor: Py<PyAny>,
    set: ffi::descrsetfunc,
}

impl DictSetter {
    fn of(class: &Bound<'_, PyType>, full_name: &str) -> PyResult<DictSetter> {
        let py = class.py();
        for base in class.getattr(intern!(py, "__mro__"))?.try_iter()? {
            let namespace = base?.getattr(intern!(py, "__dict__"))?;
            let Ok(descriptor) = namespace.get_item(intern!(py, "__dict__")) else {
                continue;
            };
            // SAFETY: PyType_GetSlot reads the slots of any type since Python 3.10; a
            // tp_descr_set slot is a descrsetfunc.
            let set = unsafe {
                ffi::PyType_GetSlot(descriptor.get_type().as_type_ptr(), ffi::Py_tp_descr_set)
            };
            if set.is_null() {
                break;
            }
            return Ok(DictSetter {
                descriptor: descriptor.unbind(),
                // SAFETY: as above.
                set: unsafe { std::mem::transmute::<*mut c_void, ffi::descrsetfunc>(set) },
            });
        }
        Err(PyValueError::new_err(format!(
            "{full_name}: the model class {} has no settable __dict__",
            class.name()?
        )))
    }
}

struct ModelField {
    number: u32,
    name: Py<PyString>,
    shape: Shape,
    value: ValueKind,
    /// The oneof it is a member of, when that has other members.
    oneof: Option<usize>,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    /// None is no value; the default value is not written.
    Implicit,
    /// None is unset; any other value is written.
    Explicit,
    Repeated,
    /// A map, with its key's field type; the value kind is the map's value's.
    Map(i32),
}

enum ValueKind {
    /// A field type other than message or enum.
    Scalar(i32),
    /// The enum's members by number; a number without a member becomes one through
    /// the class.
    Enum {
        class: Py<PyAny>,
        members: Py<PyDict>,
    },
    /// A message with a model, by its type's index.
    Message(usize),
    Timestamp,
    Duration,
}

impl ValueKind {
    fn wire_type(&self) -> u8 {
        match self {
            ValueKind::Scalar(field_type) => wire_type(*field_type).expect("checked on define"),
            ValueKind::Enum { .. } => WIRE_VARINT,
            _ => WIRE_LEN,
        }
    }

    /// Whether repeated values are written packed.
    fn packs(&self) -> bool {
        self.wire_type() != WIRE_LEN
    }
}

/// One message type as `define` takes it: full name (which errors name), model class,
/// the defaults (see `ModelType`) and its fields.
type TypeArgs = (String, Py<PyType>, Py<PyDict>, Vec<FieldArgs>);

/// One field as `define` takes it: number, attribute, shape (0 implicit presence, 1
/// explicit presence, 2 repeated, 3 map), the value's field type, the key's field type
/// (0 unless a map), the value's message type, the value's enum (its class and its
/// members by number) and the index of its oneof.
type FieldArgs = (
    u32,
    String,
    u8,
    i32,
    i32,
    Option<MessageArg>,
    Option<(Py<PyAny>, Py<PyDict>)>,
    Option<usize>,
);

/// A message value's type: the index of a model type, or the full name of
/// `google.protobuf.Timestamp` or `Duration`.
#[derive(FromPyObject)]
enum MessageArg {
    Index(usize),
    WellKnown(String),
}

/// Why a model or bytes are left to `models_codec`'s general route. An error Python
/// raised on the way is dropped with it: the general route meets it again and names
/// the field.
struct Leave;

impl From<PyErr> for Leave {
    fn from(_: PyErr) -> Self {
        Leave
    }
}

impl From<Infallible> for Leave {
    fn from(never: Infallible) -> Self {
        match never {}
    }
}

type Plain<T> = Result<T, Leave>;

fn plain<T, E>(result: Result<T, E>) -> Plain<T> {
    result.map_err(|_| Leave)
}

#[pymethods]
impl ModelCodec {
    /// Takes the subclasses of datetime and timedelta that keep nanoseconds.
    #[new]
    fn new(
        py: Python<'_>,
        nanosecond_datetime: Py<PyType>,
        nanosecond_timedelta: Py<PyType>,
    ) -> PyResult<Self> {
        let module = py.import("datetime")?;
        let datetime = module.getattr("datetime")?.cast_into::<PyType>()?;
        let timedelta = module.getattr("timedelta")?.cast_into::<PyType>()?;
        let utc = module.getattr("timezone")?.getattr("utc")?;
        let epoch = datetime.call1((1970, 1, 1, 0, 0, 0, 0, &utc))?;
        // SAFETY: `object` is a static type, whose slots PyType_GetSlot reads since
        // Python 3.10.
        let object_new = unsafe {
            ffi::PyType_GetSlot(
                std::ptr::addr_of_mut!(ffi::PyBaseObject_Type),
                ffi::Py_tp_new,
            )
        } as usize;
        Ok(ModelCodec {
            types: Vec::new(),
            object_new,
            times: Arc::new(TimeClasses {
                datetime_new: datetime.getattr("__new__")?.unbind(),
                timedelta_new: timedelta.getattr("__new__")?.unbind(),
                datetime: datetime.unbind(),
                timedelta: timedelta.unbind(),
                nanosecond_datetime,
                nanosecond_timedelta,
                utc: utc.unbind(),
                epoch: epoch.unbind(),
            }),
        })
    }

    /// Returns a codec that holds this one's types and these, which take the next
    /// indices in order; a field's message type is given by its index, among these or
    /// this codec's.
    ///
    /// Raises ValueError, naming the type and field, for a plan the codec cannot follow.
    fn define(&self, py: Python<'_>, types: Vec<TypeArgs>) -> PyResult<ModelCodec> {
        let count = self.types.len() + types.len();
        let mut built = Vec::with_capacity(types.len());
        for (full_name, model_class, defaults, field_args) in types {
            let mut fields = Vec::with_capacity(field_args.len());
            for args in field_args {
                let field = model_field(py, &full_name, args, count)?;
                let singular = matches!(field.shape, Shape::Implicit | Shape::Explicit);
                if singular && !defaults.bind(py).contains(field.name.bind(py))? {
                    return Err(PyValueError::new_err(format!(
                        "{full_name}.{} ({}): the defaults hold no value of the field",
                        field.name, field.number
                    )));
                }
                fields.push(field);
            }
            fields.sort_by_key(|field| field.number);
            if let Some(pair) = fields
                .windows(2)
                .find(|pair| pair[0].number == pair[1].number)
            {
                return Err(PyValueError::new_err(format!(
                    "{full_name}: two fields have number {}",
                    pair[0].number
                )));
            }
            let oneofs = fields
                .iter()
                .filter_map(|field| field.oneof)
                .max()
                .map_or(0, |largest| largest + 1);
            let alloc = self.allocator(model_class.bind(py), &full_name)?;
            // The attributes of a model made through its class, whose dict shares its
            // keys with every other instance's: copying it copies only the values.
            let prototype = new_model(model_class.bind(py), alloc)?;
            for (name, value) in defaults.bind(py).iter() {
                prototype.setattr(name.cast_into::<PyString>()?, value)?;
            }
            for field in &fields {
                match field.shape {
                    Shape::Repeated => prototype.setattr(field.name.bind(py), PyList::empty(py))?,
                    Shape::Map(_) => prototype.setattr(field.name.bind(py), PyDict::new(py))?,
                    _ => {}
                }
            }
            let defaults = prototype
                .getattr("__dict__")?
                .cast_into::<PyDict>()?
                .unbind();
            let set_dict = DictSetter::of(model_class.bind(py), &full_name)?;
            built.push(ModelType {
                model_class,
                alloc,
                defaults,
                set_dict,
                fields,
                oneofs,
            });
        }
        Ok(ModelCodec {
            types: self
                .types
                .iter()
                .cloned()
                .chain(built.into_iter().map(Arc::new))
                .collect(),
            times: Arc::clone(&self.times),
            object_new: self.object_new,
        })
    }

    /// Returns a model's canonical bytes, given the index of its type; None when the
    /// model is not plain (see the module's docs).
    fn encode<'py>(
        &self,
        py: Python<'py>,
        type_index: usize,
        model: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyBytes>>> {
        self.check_index(type_index)?;
        let mut out = Vec::new();
        Ok(self
            .encode_message(py, type_index, model, 0, &mut out)
            .ok()
            .map(|()| PyBytes::new(py, &out)))
    }

    /// Returns the model that bytes hold, given the index of its type; None when the
    /// bytes are not plain (see the module's docs) or not a bytes object.
    fn decode<'py>(
        &self,
        py: Python<'py>,
        type_index: usize,
        data: &Bound<'py, PyAny>,
    ) -> PyResult<Option<Bound<'py, PyAny>>> {
        self.check_index(type_index)?;
        let Ok(data) = data.cast_exact::<PyBytes>() else {
            return Ok(None);
        };
        let bytes = data.as_bytes();
        let _pause = CollectorPause::new(py);
        let mut reader = Reader {
            py,
            data: bytes,
            slots: Vec::new(),
        };
        Ok(self
            .decode_message(&mut reader, type_index, 0, bytes.len(), 0)
            .ok())
    }

    fn __len__(&self) -> usize {
        self.types.len()
    }
}

fn model_field(
    py: Python<'_>,
    full_name: &str,
    (number, name, shape, field_type, key_type, message, enum_members, oneof): FieldArgs,
    count: usize,
) -> PyResult<ModelField> {
    let fault =
        |what: &str| PyValueError::new_err(format!("{full_name}.{name} ({number}): {what}"));
    if number == 0 || number >= 1 << 29 {
        return Err(fault("field numbers are 1 to 2^29 - 1"));
    }
    if wire_type(field_type).is_none() {
        return Err(fault(
            "a field type without a canonical encoding (groups are not supported)",
        ));
    }
    if (field_type == TYPE_MESSAGE) != message.is_some() {
        return Err(fault("a message type is given exactly for message fields"));
    }
    if (field_type == TYPE_ENUM) != enum_members.is_some() {
        return Err(fault("an enum is given exactly for enum fields"));
    }
    let shape = match (shape, key_type) {
        (0, 0) => Shape::Implicit,
        (1, 0) => Shape::Explicit,
        (2, 0) => Shape::Repeated,
        (3, key_type) if key_order(key_type).is_some() => Shape::Map(key_type),
        (3, _) => return Err(fault("a map key of a type that maps cannot have")),
        (0..=2, _) => return Err(fault("a key type is given only for maps")),
        _ => return Err(fault("shapes are 0 (implicit presence) to 3 (map)")),
    };
    let value = match (message, enum_members) {
        (Some(MessageArg::Index(index)), _) if index < count => ValueKind::Message(index),
        (Some(MessageArg::Index(_)), _) => {
            return Err(fault("the message type's index is out of range"));
        }
        (Some(MessageArg::WellKnown(name)), _) => match name.as_str() {
            "google.protobuf.Timestamp" => ValueKind::Timestamp,
            "google.protobuf.Duration" => ValueKind::Duration,
            _ => return Err(fault("a message type named, not a Timestamp or Duration")),
        },
        (None, Some((class, members))) => ValueKind::Enum { class, members },
        (None, None) => ValueKind::Scalar(field_type),
    };
    if shape == Shape::Implicit && field_type == TYPE_MESSAGE {
        return Err(fault("a singular message field has explicit presence"));
    }
    if oneof.is_some() && shape != Shape::Explicit {
        return Err(fault("a oneof member has explicit presence"));
    }
    Ok(ModelField {
        number,
        name: PyString::intern(py, &name).unbind(),
        shape,
        value,
        oneof,
    })
}

impl ModelCodec {
    /// The tp_alloc slot of a model class, which makes its instances as
    /// `object.__new__` does: a concrete class that inherits `object.__new__`.
    fn allocator(&self, class: &Bound<'_, PyType>, full_name: &str) -> PyResult<ffi::allocfunc> {
        // SAFETY: PyType_GetSlot reads the slots of any type since Python 3.10; a
        // tp_alloc slot is an allocfunc, and never NULL for a class that subclasses
        // object.
        let (new, alloc, flags) = unsafe {
            (
                ffi::PyType_GetSlot(class.as_type_ptr(), ffi::Py_tp_new),
                ffi::PyType_GetSlot(class.as_type_ptr(), ffi::Py_tp_alloc),
                ffi::PyType_GetFlags(class.as_type_ptr()),
            )
        };
        let is_abstract = flags & ffi::Py_TPFLAGS_IS_ABSTRACT != 0;
        if new as usize != self.object_new || alloc.is_null() || is_abstract {
            return Err(PyValueError::new_err(format!(
                "{full_name}: the model class {} is abstract or makes its instances otherwise \
                 than through object.__new__",
                class.name()?
            )));
        }
        // SAFETY: as above.
        Ok(unsafe { std::mem::transmute::<*mut c_void, ffi::allocfunc>(alloc) })
    }

    fn check_index(&self, type_index: usize) -> PyResult<()> {
        if type_index >= self.types.len() {
            return Err(PyIndexError::new_err(format!(
                "type index {type_index} is out of range: the codec has {} types",
                self.types.len()
            )));
        }
        Ok(())
    }
}

/// Which of a message's oneofs have a member set, while the message is written or read:
/// a bit each, or a flag each for a type of more than 64 oneofs.
struct Flags {
    small: u64,
    large: Vec<bool>,
}

impl Flags {
    fn new(count: usize) -> Self {
        let large = if count > 64 {
            vec![false; count]
        } else {
            Vec::new()
        };
        Flags { small: 0, large }
    }

    /// Raises a flag; false when it was up already.
    fn raise(&mut self, index: usize) -> bool {
        if self.large.is_empty() {
            let bit = 1 << index;
            let first = self.small & bit == 0;
            self.small |= bit;
            return first;
        }
        !std::mem::replace(&mut self.large[index], true)
    }
}

// Model to canonical bytes

fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push(value as u8 | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn put_tag(out: &mut Vec<u8>, number: u32, wire_type: u8) {
    put_varint(out, tag(number, wire_type));
}

/// Writes what `body` writes behind its length.
fn put_length_delimited(
    out: &mut Vec<u8>,
    body: impl FnOnce(&mut Vec<u8>) -> Plain<()>,
) -> Plain<()> {
    // One byte holds the length of most bodies; a longer length moves the body.
    out.push(0);
    let start = out.len();
    body(out)?;
    let length = out.len() - start;
    if length < 0x80 {
        out[start - 1] = length as u8;
    } else {
        let mut prefix = Vec::with_capacity(10);
        put_varint(&mut prefix, length as u64);
        out[start - 1] = prefix[0];
        out.splice(start..start, prefix[1..].iter().copied());
    }
    Ok(())
}

/// An integer that is no bool.
fn integer<'a, 'py>(value: &'a Bound<'py, PyAny>) -> Plain<&'a Bound<'py, PyInt>> {
    if value.is_instance_of::<PyBool>() {
        return Err(Leave);
    }
    plain(value.cast::<PyInt>())
}

fn in_range<T: TryFrom<i64>>(value: i64) -> Plain<T> {
    plain(T::try_from(value))
}

/// Writes one scalar value without its tag and says whether it is the field's default.
fn put_scalar(out: &mut Vec<u8>, field_type: i32, value: &Bound<'_, PyAny>) -> Plain<bool> {
    let zero = match field_type {
        TYPE_INT32 | TYPE_ENUM => {
            let number: i32 = in_range(integer(value)?.extract()?)?;
            // A negative int32 or enum is sign-extended to ten bytes (rule 7).
            put_varint(out, i64::from(number) as u64);
            number == 0
        }
        TYPE_INT64 => {
            let number: i64 = integer(value)?.extract()?;
            put_varint(out, number as u64);
            number == 0
        }
        TYPE_UINT32 => {
            let number: u32 = plain(u32::try_from(integer(value)?.extract::<u64>()?))?;
            put_varint(out, u64::from(number));
            number == 0
        }
        TYPE_UINT64 => {
            let number: u64 = integer(value)?.extract()?;
            put_varint(out, number);
            number == 0
        }
        TYPE_SINT32 => {
            let number: i32 = in_range(integer(value)?.extract()?)?;
            put_varint(out, u64::from((number << 1 ^ number >> 31) as u32));
            number == 0
        }
        TYPE_SINT64 => {
            let number: i64 = integer(value)?.extract()?;
            put_varint(out, (number << 1 ^ number >> 63) as u64);
            number == 0
        }
        TYPE_BOOL => {
            let flag = plain(value.cast_exact::<PyBool>())?.is_true();
            out.push(u8::from(flag));
            !flag
        }
        TYPE_STRING => {
            // A lone surrogate has no UTF-8; the general route names its field.
            let text = plain(value.cast_exact::<PyString>())?.to_str()?;
            put_varint(out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
            text.is_empty()
        }
        TYPE_BYTES => {
            let data = plain(value.cast_exact::<PyBytes>())?.as_bytes();
            put_varint(out, data.len() as u64);
            out.extend_from_slice(data);
            data.is_empty()
        }
        TYPE_DOUBLE => {
            let number = plain(value.cast_exact::<PyFloat>())?.value();
            out.extend_from_slice(&number.to_le_bytes());
            // Negative zero is not the default, so it is written (rule 5).
            number.to_bits() == 0
        }
        TYPE_FLOAT => {
            let number = plain(value.cast_exact::<PyFloat>())?.value();
            let single = number as f32;
            if single.is_infinite() && number.is_finite() {
                return Err(Leave); // out of a float's range
            }
            out.extend_from_slice(&single.to_le_bytes());
            single.to_bits() == 0
        }
        TYPE_FIXED32 => {
            let number: u32 = plain(value.cast_exact::<PyInt>())?.extract()?;
            out.extend_from_slice(&number.to_le_bytes());
            number == 0
        }
        TYPE_SFIXED32 => {
            let number: i32 = plain(value.cast_exact::<PyInt>())?.extract()?;
            out.extend_from_slice(&number.to_le_bytes());
            number == 0
        }
        TYPE_FIXED64 => {
            let number: u64 = plain(value.cast_exact::<PyInt>())?.extract()?;
            out.extend_from_slice(&number.to_le_bytes());
            number == 0
        }
        TYPE_SFIXED64 => {
            let number: i64 = plain(value.cast_exact::<PyInt>())?.extract()?;
            out.extend_from_slice(&number.to_le_bytes());
            number == 0
        }
        _ => return Err(Leave),
    };
    Ok(zero)
}

/// A map key in the form the canonical order compares: integers by value, bools false
/// first, strings by their UTF-8 bytes, which is the order of their code points (rule 6).
fn sort_key<'a>(key_type: i32, key: &'a Bound<'_, PyAny>) -> Plain<Key<'a>> {
    Ok(match key_type {
        TYPE_STRING => Key::Bytes(plain(key.cast_exact::<PyString>())?.to_str()?.as_bytes()),
        TYPE_BOOL => Key::Number(i128::from(plain(key.cast_exact::<PyBool>())?.is_true())),
        TYPE_UINT32 | TYPE_UINT64 | TYPE_FIXED32 | TYPE_FIXED64 => {
            Key::Number(i128::from(integer(key)?.extract::<u64>()?))
        }
        _ => Key::Number(i128::from(integer(key)?.extract::<i64>()?)),
    })
}

impl ModelCodec {
    fn encode_message(
        &self,
        py: Python<'_>,
        type_index: usize,
        model: &Bound<'_, PyAny>,
        depth: u32,
        out: &mut Vec<u8>,
    ) -> Plain<()> {
        let plan = &self.types[type_index];
        if depth > MAX_DEPTH || !model.get_type().is(plan.model_class.bind(py)) {
            return Err(Leave);
        }
        // SAFETY: PyObject_GenericGetDict takes a live object and returns a new
        // reference to its dict (which a model class does not override) or NULL with an
        // exception set.
        let values = unsafe {
            Bound::from_owned_ptr_or_err(
                py,
                ffi::PyObject_GenericGetDict(model.as_ptr(), std::ptr::null_mut()),
            )?
        };
        let values = plain(values.cast_into::<PyDict>())?;
        let unknown = attribute(&values, intern!(py, "_unknown_fields"))?;
        if !plain(unknown.cast_exact::<PyBytes>())?
            .as_bytes()
            .is_empty()
        {
            return Err(Leave);
        }
        let mut oneofs = Flags::new(plan.oneofs);
        for field in &plan.fields {
            let value = attribute(&values, field.name.bind(py))?;
            match field.shape {
                Shape::Implicit => {
                    if value.is_none() {
                        return Err(Leave);
                    }
                    let start = out.len();
                    put_tag(out, field.number, field.value.wire_type());
                    let kind = match &field.value {
                        ValueKind::Scalar(field_type) => *field_type,
                        _ => TYPE_ENUM,
                    };
                    if put_scalar(out, kind, &value)? {
                        out.truncate(start);
                    }
                }
                Shape::Explicit => {
                    if value.is_none() {
                        continue;
                    }
                    if let Some(oneof) = field.oneof
                        && !oneofs.raise(oneof)
                    {
                        return Err(Leave);
                    }
                    self.put_value(py, field.number, &field.value, &value, depth, out)?;
                }
                Shape::Repeated => {
                    let list = plain(value.cast_exact::<PyList>())?;
                    if list.is_empty() {
                        continue;
                    }
                    if field.value.packs() {
                        let kind = match &field.value {
                            ValueKind::Scalar(field_type) => *field_type,
                            _ => TYPE_ENUM,
                        };
                        put_tag(out, field.number, WIRE_LEN);
                        put_length_delimited(out, |out| {
                            for item in list.iter() {
                                put_scalar(out, kind, &item)?;
                            }
                            Ok(())
                        })?;
                    } else {
                        for item in list.iter() {
                            self.put_value(py, field.number, &field.value, &item, depth, out)?;
                        }
                    }
                }
                Shape::Map(key_type) => {
                    let entries = plain(value.cast_exact::<PyDict>())?;
                    if entries.is_empty() {
                        continue;
                    }
                    let items: Vec<_> = entries.iter().collect();
                    let mut order = Vec::with_capacity(items.len());
                    for (index, (key, _)) in items.iter().enumerate() {
                        order.push((sort_key(key_type, key)?, index));
                    }
                    order.sort_unstable();
                    for (_, index) in order {
                        let (key, item) = &items[index];
                        if item.is_none() {
                            return Err(Leave);
                        }
                        put_tag(out, field.number, WIRE_LEN);
                        put_length_delimited(out, |out| {
                            put_tag(out, 1, wire_type(key_type).expect("checked on define"));
                            put_scalar(out, key_type, key)?;
                            // The entry is a level of its own.
                            self.put_value(py, 2, &field.value, item, depth + 1, out)
                        })?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Writes one value's record, given the depth of the message that holds it.
    fn put_value(
        &self,
        py: Python<'_>,
        number: u32,
        kind: &ValueKind,
        value: &Bound<'_, PyAny>,
        depth: u32,
        out: &mut Vec<u8>,
    ) -> Plain<()> {
        put_tag(out, number, kind.wire_type());
        match kind {
            ValueKind::Scalar(field_type) => put_scalar(out, *field_type, value).map(drop),
            ValueKind::Enum { .. } => put_scalar(out, TYPE_ENUM, value).map(drop),
            ValueKind::Message(index) => put_length_delimited(out, |out| {
                self.encode_message(py, *index, value, depth + 1, out)
            }),
            ValueKind::Timestamp => {
                let (seconds, nanos) = self.timestamp_parts(py, &value.clone())?;
                put_length_delimited(out, |out| put_time(out, seconds, nanos))
            }
            ValueKind::Duration => {
                let (seconds, nanos) = self.duration_parts(py, &value.clone())?;
                put_length_delimited(out, |out| put_time(out, seconds, nanos))
            }
        }
    }

    /// The seconds and nanos of an aware datetime's Timestamp.
    fn timestamp_parts(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> Plain<(i64, i64)> {
        let times = &self.times;
        if !value.is_instance(times.datetime.bind(py))? {
            return Err(Leave);
        }
        // Subtracting an aware datetime from one without a time zone fails.
        let offset = value.sub(times.epoch.bind(py))?;
        let micros = whole_micros(py, &offset)?;
        let nanosecond = if value.get_type().is(times.datetime.bind(py)) {
            0
        } else {
            extra_nanos(value, intern!(py, "nanosecond"))?
        };
        let seconds = plain(i64::try_from(micros.div_euclid(1_000_000)))?;
        let micro = micros.rem_euclid(1_000_000) as i64;
        Ok((seconds, micro * 1000 + nanosecond))
    }

    /// The seconds and nanos of a timedelta's Duration, the nanos of the sign of the
    /// seconds.
    fn duration_parts(&self, py: Python<'_>, value: &Bound<'_, PyAny>) -> Plain<(i64, i64)> {
        let times = &self.times;
        if !value.is_instance(times.timedelta.bind(py))? {
            return Err(Leave);
        }
        let nanoseconds = if value.get_type().is(times.timedelta.bind(py)) {
            0
        } else {
            extra_nanos(value, intern!(py, "nanoseconds"))?
        };
        let nanos = whole_micros(py, value)? * 1000 + i128::from(nanoseconds);
        let seconds = plain(i64::try_from(nanos / 1_000_000_000))?;
        Ok((seconds, (nanos % 1_000_000_000) as i64))
    }
}

/// A model's attribute, borrowed from its dict. Only a Timestamp's or Duration's
/// conversion runs Python code that could change the dict (a tzinfo's, a subclass's
/// property), and it holds its value strongly first.
fn attribute<'a, 'py>(
    values: &'a Bound<'py, PyDict>,
    name: &Bound<'py, PyString>,
) -> Plain<Borrowed<'a, 'py, PyAny>> {
    // SAFETY: both are live objects; PyDict_GetItemWithError returns a reference
    // borrowed from the dict, which outlives 'a, or NULL (with an exception set when
    // the lookup failed rather than found nothing).
    unsafe {
        let value = ffi::PyDict_GetItemWithError(values.as_ptr(), name.as_ptr());
        Borrowed::from_ptr_or_opt(values.py(), value).ok_or(Leave)
    }
}

/// A timedelta's span in microseconds.
fn whole_micros(py: Python<'_>, span: &Bound<'_, PyAny>) -> Plain<i128> {
    let days: i64 = span.getattr(intern!(py, "days"))?.extract()?;
    let seconds: i64 = span.getattr(intern!(py, "seconds"))?.extract()?;
    let micros: i64 = span.getattr(intern!(py, "microseconds"))?.extract()?;
    Ok((i128::from(days) * 86_400 + i128::from(seconds)) * 1_000_000 + i128::from(micros))
}

/// The nanoseconds below the microsecond that a subclass may hold, 0 when it has none.
fn extra_nanos(value: &Bound<'_, PyAny>, name: &Bound<'_, PyString>) -> Plain<i64> {
    let nanos: i64 = match value.getattr(name) {
        Ok(nanos) => nanos.extract()?,
        Err(error) if error.is_instance_of::<PyAttributeError>(value.py()) => 0,
        Err(_) => return Err(Leave),
    };
    if !(0..1000).contains(&nanos) {
        return Err(Leave);
    }
    Ok(nanos)
}

/// Writes a Timestamp's or Duration's fields: seconds (1) and nanos (2).
fn put_time(out: &mut Vec<u8>, seconds: i64, nanos: i64) -> Plain<()> {
    if seconds != 0 {
        out.push(0x08);
        put_varint(out, seconds as u64);
    }
    if nanos != 0 {
        out.push(0x10);
        put_varint(out, nanos as u64);
    }
    Ok(())
}

// Bytes to model

/// One `decode` call's state.
struct Reader<'py, 'a> {
    py: Python<'py>,
    data: &'a [u8],
    /// A stack of the value of each field, by position, of every message being read,
    /// once a record sets it: one stack for all spares each message an allocation.
    slots: Vec<Option<Bound<'py, PyAny>>>,
}

/// The seconds of 0001-01-01 and 9999-12-31T23:59:59 UTC, the range of a datetime.
const TIMESTAMP_SECONDS: (i64, i64) = (-62_135_596_800, 253_402_300_799);
/// The most days a timedelta holds, either way.
const TIMEDELTA_DAYS: i64 = 999_999_999;
const MICROS_PER_DAY: i128 = 86_400_000_000;

impl ModelCodec {
    /// Reads a message of the type from the reader's `data[start..end]`.
    fn decode_message<'py>(
        &self,
        reader: &mut Reader<'py, '_>,
        type_index: usize,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Plain<Bound<'py, PyAny>> {
        if depth > MAX_DEPTH {
            return Err(Leave);
        }
        let (py, data) = (reader.py, reader.data);
        let plan = &self.types[type_index];
        let base = reader.slots.len();
        reader.slots.resize(base + plan.fields.len(), None);
        let mut oneofs = Flags::new(plan.oneofs);
        let mut cursor = Cursor::new(data, start, end);
        while !cursor.done() {
            let tag = plain(cursor.varint())?;
            let number = u32::try_from(tag >> 3).map_err(|_| Leave)?;
            let wire_type = (tag & 7) as u8;
            let position = plain(
                plan.fields
                    .binary_search_by_key(&number, |field| field.number),
            )?;
            let field = &plan.fields[position];
            let slot = base + position;
            match field.shape {
                Shape::Implicit | Shape::Explicit => {
                    // A second record merges or replaces: upb does that.
                    if reader.slots[slot].is_some() {
                        return Err(Leave);
                    }
                    if let Some(oneof) = field.oneof
                        && !oneofs.raise(oneof)
                    {
                        return Err(Leave);
                    }
                    let value =
                        self.read_value(reader, &field.value, wire_type, &mut cursor, depth)?;
                    reader.slots[slot] = Some(value);
                }
                Shape::Repeated => {
                    let list = reader.slots[slot]
                        .get_or_insert_with(|| PyList::empty(py).into_any())
                        .clone();
                    // SAFETY: the slot of a repeated field holds the list made above.
                    let list = unsafe { list.cast_into_unchecked::<PyList>() };
                    if wire_type == WIRE_LEN && field.value.packs() {
                        let (start, end) = plain(cursor.length_delimited())?;
                        let mut packed = Cursor::new(data, start, end);
                        let scalar_wire_type = field.value.wire_type();
                        while !packed.done() {
                            let value = self.read_value(
                                reader,
                                &field.value,
                                scalar_wire_type,
                                &mut packed,
                                depth,
                            )?;
                            list.append(value)?;
                        }
                    } else {
                        let value =
                            self.read_value(reader, &field.value, wire_type, &mut cursor, depth)?;
                        list.append(value)?;
                    }
                }
                Shape::Map(key_type) => {
                    if wire_type != WIRE_LEN {
                        return Err(Leave);
                    }
                    let (start, end) = plain(cursor.length_delimited())?;
                    let (key, value) =
                        self.read_entry(reader, key_type, &field.value, start, end, depth)?;
                    let container =
                        reader.slots[slot].get_or_insert_with(|| PyDict::new(py).into_any());
                    // SAFETY: the slot of a map holds the dict made above.
                    let entries = unsafe { container.cast_unchecked::<PyDict>() };
                    entries.set_item(key, value)?;
                }
            }
        }
        let values = reader.slots.drain(base..);
        Ok(self.instantiate(py, plan, values)?)
    }

    /// Makes a model holding the given values, and the default of each field without
    /// one, without its `__init__`, which would only set the same values.
    fn instantiate<'py>(
        &self,
        py: Python<'py>,
        plan: &ModelType,
        values: impl Iterator<Item = Option<Bound<'py, PyAny>>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let model = new_model(plan.model_class.bind(py), plan.alloc)?;
        let attributes = plan.defaults.bind(py).copy()?;
        for (field, value) in plan.fields.iter().zip(values) {
            let value = match value {
                Some(value) => value,
                None if field.shape == Shape::Repeated => PyList::empty(py).into_any(),
                None if matches!(field.shape, Shape::Map(_)) => PyDict::new(py).into_any(),
                None => continue,
            };
            attributes.set_item(field.name.bind(py), value)?;
        }
        let set_dict = &plan.set_dict;
        // SAFETY: the three are live objects; the setter borrows them and returns -1 with
        // an exception set when it fails.
        if unsafe {
            (set_dict.set)(
                set_dict.descriptor.as_ptr(),
                model.as_ptr(),
                attributes.as_ptr(),
            )
        } < 0
        {
            return Err(PyErr::fetch(py));
        }
        Ok(model)
    }

    /// Reads a map entry of one key and one value, in either order.
    fn read_entry<'py>(
        &self,
        reader: &mut Reader<'py, '_>,
        key_type: i32,
        value_kind: &ValueKind,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Plain<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
        let key_kind = ValueKind::Scalar(key_type);
        let key_tag = tag(1, key_kind.wire_type());
        let value_tag = tag(2, value_kind.wire_type());
        let (mut key, mut value) = (None, None);
        let mut cursor = Cursor::new(reader.data, start, end);
        while !cursor.done() {
            let tag = plain(cursor.varint())?;
            let wire_type = (tag & 7) as u8;
            if tag == key_tag && key.is_none() {
                key = Some(self.read_value(reader, &key_kind, wire_type, &mut cursor, depth)?);
            } else if tag == value_tag && value.is_none() {
                // The entry is a level of its own.
                value =
                    Some(self.read_value(reader, value_kind, wire_type, &mut cursor, depth + 1)?);
            } else {
                return Err(Leave);
            }
        }
        Ok((key.ok_or(Leave)?, value.ok_or(Leave)?))
    }

    /// Reads one value of a record in the given wire type, held by a message at the
    /// given depth.
    fn read_value<'py>(
        &self,
        reader: &mut Reader<'py, '_>,
        kind: &ValueKind,
        wire_type: u8,
        cursor: &mut Cursor<'_>,
        depth: u32,
    ) -> Plain<Bound<'py, PyAny>> {
        if wire_type != kind.wire_type() {
            return Err(Leave);
        }
        let (py, data) = (reader.py, reader.data);
        match kind {
            ValueKind::Scalar(field_type) => read_scalar(py, *field_type, cursor, data),
            ValueKind::Enum { class, members } => {
                let number = plain(cursor.varint())? as i32;
                match members.bind(py).get_item(number)? {
                    Some(member) => Ok(member),
                    // A number the enum does not name becomes an unnamed member.
                    None => Ok(class.bind(py).call1((number,))?),
                }
            }
            ValueKind::Message(index) => {
                let (start, end) = plain(cursor.length_delimited())?;
                self.decode_message(reader, *index, start, end, depth + 1)
            }
            ValueKind::Timestamp => {
                let (start, end) = plain(cursor.length_delimited())?;
                let (seconds, nanos) = read_time(data, start, end)?;
                self.timestamp(py, seconds, nanos)
            }
            ValueKind::Duration => {
                let (start, end) = plain(cursor.length_delimited())?;
                let (seconds, nanos) = read_time(data, start, end)?;
                self.duration(py, seconds, nanos)
            }
        }
    }

    fn timestamp<'py>(
        &self,
        py: Python<'py>,
        seconds: i64,
        nanos: i64,
    ) -> Plain<Bound<'py, PyAny>> {
        let (low, high) = TIMESTAMP_SECONDS;
        if !(low..=high).contains(&seconds) || !(0..1_000_000_000).contains(&nanos) {
            return Err(Leave);
        }
        let (year, month, day) = civil_date(seconds.div_euclid(86_400));
        let second_of_day = seconds.rem_euclid(86_400);
        let (hour, minute, second) = (
            second_of_day / 3600,
            second_of_day / 60 % 60,
            second_of_day % 60,
        );
        let times = &self.times;
        let utc = times.utc.bind(py);
        let fields = (year, month, day, hour, minute, second, nanos / 1000, utc);
        if nanos % 1000 == 0 {
            return Ok(times.datetime.bind(py).call1(fields)?);
        }
        let class = times.nanosecond_datetime.bind(py);
        let (year, month, day, hour, minute, second, micro, utc) = fields;
        let value = times
            .datetime_new
            .bind(py)
            .call1((class, year, month, day, hour, minute, second, micro, utc))?;
        value.setattr(intern!(py, "nanosecond"), nanos % 1000)?;
        Ok(value)
    }

    fn duration<'py>(&self, py: Python<'py>, seconds: i64, nanos: i64) -> Plain<Bound<'py, PyAny>> {
        // nanos are under a second and of the sign of seconds.
        if nanos.abs() >= 1_000_000_000 || (seconds < 0 && nanos > 0) || (seconds > 0 && nanos < 0)
        {
            return Err(Leave);
        }
        let total = i128::from(seconds) * 1_000_000_000 + i128::from(nanos);
        let (micros, rest) = (total.div_euclid(1000), total.rem_euclid(1000));
        let days = micros.div_euclid(MICROS_PER_DAY);
        if days.abs() > i128::from(TIMEDELTA_DAYS) {
            return Err(Leave);
        }
        let within = micros.rem_euclid(MICROS_PER_DAY) as i64;
        let fields = (days as i64, within / 1_000_000, within % 1_000_000);
        let times = &self.times;
        if rest == 0 {
            return Ok(times.timedelta.bind(py).call1(fields)?);
        }
        let class = times.nanosecond_timedelta.bind(py);
        let value = times
            .timedelta_new
            .bind(py)
            .call1((class, fields.0, fields.1, fields.2))?;
        value.setattr(intern!(py, "nanoseconds"), rest as i64)?;
        Ok(value)
    }
}

fn read_scalar<'py>(
    py: Python<'py>,
    field_type: i32,
    cursor: &mut Cursor<'_>,
    data: &[u8],
) -> Plain<Bound<'py, PyAny>> {
    let value = match field_type {
        TYPE_STRING => {
            let (start, end) = plain(cursor.length_delimited())?;
            // Bytes that are not UTF-8 fail here, as upb rejects them.
            return Ok(PyString::from_bytes(py, &data[start..end])?.into_any());
        }
        TYPE_BYTES => {
            let (start, end) = plain(cursor.length_delimited())?;
            return Ok(PyBytes::new(py, &data[start..end]).into_any());
        }
        TYPE_FIXED32 | TYPE_SFIXED32 | TYPE_FLOAT => {
            let bits: [u8; 4] = plain(cursor.fixed())?;
            match field_type {
                TYPE_FIXED32 => u32::from_le_bytes(bits).into_pyobject(py)?.into_any(),
                TYPE_SFIXED32 => i32::from_le_bytes(bits).into_pyobject(py)?.into_any(),
                _ => PyFloat::new(py, f64::from(f32::from_le_bytes(bits))).into_any(),
            }
        }
        TYPE_FIXED64 | TYPE_SFIXED64 | TYPE_DOUBLE => {
            let bits: [u8; 8] = plain(cursor.fixed())?;
            match field_type {
                TYPE_FIXED64 => u64::from_le_bytes(bits).into_pyobject(py)?.into_any(),
                TYPE_SFIXED64 => i64::from_le_bytes(bits).into_pyobject(py)?.into_any(),
                _ => PyFloat::new(py, f64::from_le_bytes(bits)).into_any(),
            }
        }
        _ => {
            let raw = plain(cursor.varint())?;
            // A 32-bit field keeps the low 32 bits of its varint, as upb does.
            match field_type {
                TYPE_INT32 => (raw as i32).into_pyobject(py)?.into_any(),
                TYPE_INT64 => (raw as i64).into_pyobject(py)?.into_any(),
                TYPE_UINT32 => (raw as u32).into_pyobject(py)?.into_any(),
                TYPE_UINT64 => raw.into_pyobject(py)?.into_any(),
                TYPE_SINT32 => (wire::zigzag(u64::from(raw as u32)) as i32)
                    .into_pyobject(py)?
                    .into_any(),
                TYPE_SINT64 => wire::zigzag(raw).into_pyobject(py)?.into_any(),
                TYPE_BOOL => PyBool::new(py, raw != 0).to_owned().into_any(),
                _ => return Err(Leave),
            }
        }
    };
    Ok(value)
}

/// Reads a Timestamp's or Duration's seconds (1, int64) and nanos (2, int32).
fn read_time(data: &[u8], start: usize, end: usize) -> Plain<(i64, i64)> {
    let (mut seconds, mut nanos) = (0, 0);
    let mut cursor = Cursor::new(data, start, end);
    while !cursor.done() {
        match plain(cursor.varint())? {
            0x08 => seconds = plain(cursor.varint())? as i64,
            0x10 => nanos = i64::from(plain(cursor.varint())? as i32),
            // An unknown field, which no datetime or timedelta holds.
            _ => return Err(Leave),
        }
    }
    Ok((seconds, nanos))
}

/// The proleptic Gregorian date of a day counted from 1970-01-01.
fn civil_date(days: i64) -> (i64, i64, i64) {
    // Counted from 0000-03-01, in eras of 400 years (146,097 days), so that a leap day
    // ends each year.
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Makes a model that holds no attributes yet, as `object.__new__` does, less the
/// empty attribute storage that Python 3.11 and 3.12 make there, which the model's
/// dict replaces at once (3.13 makes it in tp_alloc).
fn new_model<'py>(
    class: &Bound<'py, PyType>,
    alloc: ffi::allocfunc,
) -> PyResult<Bound<'py, PyAny>> {
    // SAFETY: `alloc` is the class's own tp_alloc slot, called as `object.__new__` calls
    // it; it returns a new instance, its dict not yet made, or NULL with an exception
    // set. Giving it a dict (see `DictSetter`) is valid in that state.
    unsafe { Bound::from_owned_ptr_or_err(class.py(), alloc(class.as_type_ptr(), 0)) }
}

/// Holds the cyclic garbage collector off while a decoded model is made. The new
/// objects are no garbage, and every collection they would start meanwhile walks all
/// of them again: over a third of the time for a large model.
struct CollectorPause<'py> {
    _py: Python<'py>,
    was_enabled: bool,
}

impl<'py> CollectorPause<'py> {
    fn new(py: Python<'py>) -> Self {
        // SAFETY: the GIL is held (`py`); PyGC_Disable returns whether it was enabled.
        let was_enabled = unsafe { ffi::PyGC_Disable() } == 1;
        CollectorPause {
            _py: py,
            was_enabled,
        }
    }
}

impl Drop for CollectorPause<'_> {
    fn drop(&mut self) {
        if self.was_enabled {
            // SAFETY: the GIL is still held: the pause borrows `py`.
            unsafe { ffi::PyGC_Enable() };
        }
    }
}
