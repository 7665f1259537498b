//! The walk of `Schema::order_maps`: one pass over a message's bytes that checks every
//! record against the schema and notes each map whose entries are out of key order.

use std::cmp::Ordering;

use crate::wire::{self, Cursor, Key, Malformed, WIRE_LEN};
use crate::{MAX_DEPTH, MapEntry, Schema, Slot, tag};

/// What the walk found that the canonical encoding cannot hold. It is boxed and
/// described only when the walk fails, so that the walk itself stays lean.
#[derive(Clone, Copy)]
pub enum Fault {
    Malformed {
        type_index: usize,
        why: Malformed,
    },
    /// A record whose number or wire type the type's schema does not define.
    Undefined {
        type_index: usize,
        number: u32,
        wire_type: u8,
    },
    OutOfOrder {
        type_index: usize,
        number: u32,
    },
    /// A map entry that is not its key record followed by its value record.
    Entry {
        type_index: usize,
        number: u32,
    },
    DuplicateKey {
        type_index: usize,
        number: u32,
    },
    /// A message of this type sits more than MAX_DEPTH levels down.
    TooDeep {
        type_index: usize,
    },
}

impl Fault {
    pub fn describe(&self, schema: &Schema) -> String {
        let name = |type_index: usize| &schema.types[type_index].full_name;
        let field = |type_index: usize, number: u32| {
            let field = schema.types[type_index].field(number);
            format!("field {} ({})", field.name, field.number)
        };
        match *self {
            Fault::Malformed { type_index, why } => {
                format!("{} is not valid protobuf: {why}", name(type_index))
            }
            Fault::Undefined {
                type_index,
                number,
                wire_type,
            } => format!(
                "{} holds a record of field {number} in wire type {wire_type}, which its \
                 schema does not define",
                name(type_index)
            ),
            Fault::OutOfOrder {
                type_index,
                number: f,
            } => format!(
                "{} holds a record of {} out of field-number order",
                name(type_index),
                field(type_index, f)
            ),
            Fault::Entry {
                type_index,
                number: f,
            } => format!(
                "{} holds an entry of map {} that is not a key followed by a value",
                name(type_index),
                field(type_index, f)
            ),
            Fault::DuplicateKey {
                type_index,
                number: f,
            } => format!(
                "{} holds two entries with the same key in map {}",
                name(type_index),
                field(type_index, f)
            ),
            Fault::TooDeep { type_index } => format!(
                "messages nest more than {MAX_DEPTH} deep (a {} is below that)",
                name(type_index)
            ),
        }
    }
}

/// A map's reordering: where its records run, and its entries in key order.
pub struct Reorder {
    pub start: usize,
    pub end: usize,
    pub entries: Vec<(usize, usize)>,
}

pub struct Walk<'a> {
    pub schema: &'a Schema,
    pub data: &'a [u8],
    /// In the order the walk finished each map, so every map's after those in its entries.
    pub reorders: Vec<Reorder>,
}

impl<'a> Walk<'a> {
    /// Checks the records of a message of type `type_index` in `data[start..end]`,
    /// nested `depth` levels below the encoded message.
    pub fn message(
        &mut self,
        type_index: usize,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Result<(), Box<Fault>> {
        let schema = self.schema;
        let message = &schema.types[type_index];
        let malformed = |why| Box::new(Fault::Malformed { type_index, why });
        let mut cursor = Cursor::new(self.data, start, end);
        let mut last_number = 0;
        while !cursor.done() {
            let record_start = cursor.position();
            let tag = cursor.varint().map_err(malformed)?;
            let slot = message.slot(tag);
            let (number, wire_type) = wire::split_tag(tag);
            if slot.kind() == 0 {
                return Err(Box::new(Fault::Undefined {
                    type_index,
                    number,
                    wire_type,
                }));
            }
            if number < last_number || (number == last_number && !slot.repeated()) {
                return Err(Box::new(Fault::OutOfOrder { type_index, number }));
            }
            last_number = number;
            match slot.kind() {
                Slot::SCALAR => cursor.skip(wire_type).map_err(malformed)?,
                Slot::MESSAGE => {
                    let (body_start, body_end) = cursor.length_delimited().map_err(malformed)?;
                    if depth >= MAX_DEPTH {
                        return Err(Box::new(Fault::TooDeep {
                            type_index: slot.index(),
                        }));
                    }
                    self.message(slot.index(), body_start, body_end, depth + 1)?;
                }
                _ => {
                    let run = MapRun {
                        type_index,
                        number,
                        entry_index: slot.index(),
                        depth,
                    };
                    cursor.seek(self.map(run, record_start, end)?);
                }
            }
        }
        Ok(())
    }

    /// Checks the run of map entries that starts at `run_start`, notes their reordering
    /// when they are out of key order, and returns where the run ends. Kept out of
    /// `message`, whose loop runs far more often, so that its loop stays small.
    #[inline(never)]
    fn map(&mut self, run: MapRun, run_start: usize, end: usize) -> Result<usize, Box<Fault>> {
        let schema = self.schema;
        let entry = schema.types[run.entry_index]
            .entry
            .as_ref()
            .expect("a map entry type");
        let (type_index, number) = (run.type_index, run.number);
        let field_tag = tag(number, WIRE_LEN);
        let mut cursor = Cursor::new(self.data, run_start, end);
        let mut previous: Option<Key<'_>> = None;
        let mut in_order = true;
        while !cursor.done() {
            let entry_start = cursor.position();
            if cursor.varint().ok() != Some(field_tag) {
                cursor.seek(entry_start);
                break;
            }
            let (body_start, body_end) = cursor
                .length_delimited()
                .map_err(|why| Box::new(Fault::Malformed { type_index, why }))?;
            if run.depth >= MAX_DEPTH {
                return Err(Box::new(Fault::TooDeep {
                    type_index: run.entry_index,
                }));
            }
            let key = self
                .entry(entry, body_start, body_end, run.depth + 1)?
                .ok_or_else(|| Box::new(Fault::Entry { type_index, number }))?;
            match previous.as_ref().map(|previous| previous.cmp(&key)) {
                Some(Ordering::Equal) => {
                    return Err(Box::new(Fault::DuplicateKey { type_index, number }));
                }
                Some(Ordering::Greater) => in_order = false,
                _ => {}
            }
            previous = Some(key);
        }
        let run_end = cursor.position();
        if !in_order {
            let mut entries = self.entries_by_key(entry, run_start, run_end);
            entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
            if entries.windows(2).any(|pair| pair[0].0 == pair[1].0) {
                return Err(Box::new(Fault::DuplicateKey { type_index, number }));
            }
            let entries = entries
                .into_iter()
                .map(|(_, start, end)| (start, end))
                .collect();
            self.reorders.push(Reorder {
                start: run_start,
                end: run_end,
                entries,
            });
        }
        Ok(run_end)
    }

    /// Checks the body of a map entry at `depth`: its key record, then its value record,
    /// and nothing else. Returns its key, or None when the body is not those two records.
    fn entry(
        &mut self,
        entry: &MapEntry,
        start: usize,
        end: usize,
        depth: u32,
    ) -> Result<Option<Key<'a>>, Box<Fault>> {
        let mut body = Cursor::new(self.data, start, end);
        if body.varint().ok() != Some(entry.key_tag) {
            return Ok(None);
        }
        let Ok(key) = body.key(entry.key_order) else {
            return Ok(None);
        };
        if body.varint().ok() != Some(entry.value_tag) {
            return Ok(None);
        }
        if let Some(value_type) = entry.value_message {
            let Ok((start, end)) = body.length_delimited() else {
                return Ok(None);
            };
            if depth >= MAX_DEPTH {
                return Err(Box::new(Fault::TooDeep {
                    type_index: value_type,
                }));
            }
            self.message(value_type, start, end, depth + 1)?;
        } else if body.skip(wire::wire_type_of(entry.value_tag)).is_err() {
            return Ok(None);
        }
        Ok(body.done().then_some(key))
    }

    /// Reads the keys of a run of entries that the walk has checked already, each with
    /// where its entry starts and ends.
    fn entries_by_key(
        &self,
        entry: &MapEntry,
        start: usize,
        end: usize,
    ) -> Vec<(Key<'a>, usize, usize)> {
        let mut entries = Vec::new();
        let mut cursor = Cursor::new(self.data, start, end);
        while !cursor.done() {
            let entry_start = cursor.position();
            let body = cursor.varint().and_then(|_| cursor.length_delimited());
            let (body_start, body_end) = body.expect("the walk has read the entry");
            let mut body = Cursor::new(self.data, body_start, body_end);
            let key = body.varint().and_then(|_| body.key(entry.key_order));
            let key = key.expect("the walk has read the key");
            entries.push((key, entry_start, cursor.position()));
        }
        entries
    }
}

/// A map field of a message, `depth` levels below the encoded message.
#[derive(Clone, Copy)]
struct MapRun {
    type_index: usize,
    number: u32,
    entry_index: usize,
    depth: u32,
}
