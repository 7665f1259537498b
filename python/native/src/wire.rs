//! Reading the protobuf wire format: varints, tags, records and map keys.

use std::fmt;

pub const WIRE_VARINT: u8 = 0;
pub const WIRE_FIXED64: u8 = 1;
pub const WIRE_LEN: u8 = 2;
pub const WIRE_FIXED32: u8 = 5;

/// How the canonical encoding orders one map's keys, by their field type.
#[derive(Clone, Copy)]
pub enum KeyOrder {
    /// int32 and int64: the varint read as a signed number.
    Signed,
    /// uint32, uint64 and bool.
    Unsigned,
    /// sint32 and sint64: zigzag-decoded.
    Zigzag,
    Fixed32,
    Sfixed32,
    Fixed64,
    Sfixed64,
    /// string: the UTF-8 bytes, compared as unsigned bytes.
    Bytes,
}

/// A map key, comparable with the other keys of its map.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
pub enum Key<'a> {
    Number(i128),
    Bytes(&'a [u8]),
}

/// Why bytes are not a protobuf encoding.
#[derive(Clone, Copy, Debug)]
pub enum Malformed {
    Truncated(usize),
    VarintTooLong(usize),
    WireType(u8, usize),
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Malformed::Truncated(at) => write!(f, "a record is cut short at byte {at}"),
            Malformed::VarintTooLong(at) => write!(f, "the varint at byte {at} is over ten bytes"),
            Malformed::WireType(wire_type, at) => {
                write!(
                    f,
                    "the record at byte {at} has wire type {wire_type}, which has no canonical form"
                )
            }
        }
    }
}

pub fn split_tag(tag: u64) -> (u32, u8) {
    // A field number above 2^29 - 1 cannot be in any schema, so saturating it keeps it
    // unknown.
    let number = u32::try_from(tag >> 3).unwrap_or(u32::MAX);
    (number, wire_type_of(tag))
}

pub fn wire_type_of(tag: u64) -> u8 {
    (tag & 7) as u8
}

/// A position in `data[..end]`, counted from the start of `data`.
pub struct Cursor<'a> {
    data: &'a [u8],
    position: usize,
}

impl<'a> Cursor<'a> {
    pub fn new(data: &'a [u8], start: usize, end: usize) -> Self {
        Cursor {
            data: &data[..end],
            position: start,
        }
    }

    pub fn done(&self) -> bool {
        self.position >= self.data.len()
    }

    pub fn position(&self) -> usize {
        self.position
    }

    pub fn seek(&mut self, position: usize) {
        self.position = position;
    }

    #[inline(always)]
    pub fn varint(&mut self) -> Result<u64, Malformed> {
        if let Some(&byte) = self.data.get(self.position)
            && byte < 0x80
        {
            self.position += 1;
            return Ok(u64::from(byte));
        }
        // Out of line, and given no reference to the cursor, so that the cursor of the
        // common one-byte case lives in registers.
        let (value, end) = long_varint(self.data, self.position)?;
        self.position = end;
        Ok(value)
    }

    #[inline(always)]
    fn advance(&mut self, length: usize) -> Result<(usize, usize), Malformed> {
        let start = self.position;
        match start.checked_add(length) {
            Some(end) if end <= self.data.len() => {
                self.position = end;
                Ok((start, end))
            }
            _ => Err(Malformed::Truncated(start)),
        }
    }

    /// Reads a length prefix and returns where the bytes it counts start and end.
    #[inline(always)]
    pub fn length_delimited(&mut self) -> Result<(usize, usize), Malformed> {
        let length = self.varint()?;
        self.advance(usize::try_from(length).unwrap_or(usize::MAX))
    }

    /// Skips the value of a record of the wire type.
    #[inline(always)]
    pub fn skip(&mut self, wire_type: u8) -> Result<(), Malformed> {
        match wire_type {
            WIRE_VARINT => self.varint().map(drop),
            WIRE_FIXED64 => self.advance(8).map(drop),
            WIRE_LEN => self.length_delimited().map(drop),
            WIRE_FIXED32 => self.advance(4).map(drop),
            other => Err(Malformed::WireType(other, self.position)),
        }
    }

    /// Reads a map key in the form its order compares.
    pub fn key(&mut self, order: KeyOrder) -> Result<Key<'a>, Malformed> {
        let number = match order {
            KeyOrder::Signed => i128::from(self.varint()? as i64),
            KeyOrder::Unsigned => i128::from(self.varint()?),
            KeyOrder::Zigzag => i128::from(zigzag(self.varint()?)),
            KeyOrder::Fixed32 => i128::from(u32::from_le_bytes(self.fixed()?)),
            KeyOrder::Sfixed32 => i128::from(i32::from_le_bytes(self.fixed()?)),
            KeyOrder::Fixed64 => i128::from(u64::from_le_bytes(self.fixed()?)),
            KeyOrder::Sfixed64 => i128::from(i64::from_le_bytes(self.fixed()?)),
            KeyOrder::Bytes => {
                let (start, end) = self.length_delimited()?;
                return Ok(Key::Bytes(&self.data[start..end]));
            }
        };
        Ok(Key::Number(number))
    }

    /// Reads the N bytes of a fixed-width value.
    pub fn fixed<const N: usize>(&mut self) -> Result<[u8; N], Malformed> {
        let (start, end) = self.advance(N)?;
        Ok(self.data[start..end]
            .try_into()
            .expect("advance returns N bytes"))
    }
}

/// Decodes a zigzag-encoded sint64 (a sint32 is its low 32 bits, decoded alike).
pub fn zigzag(raw: u64) -> i64 {
    (raw >> 1) as i64 ^ -((raw & 1) as i64)
}

/// Reads the varint at `data[start..]`, returning it and where it ends.
#[cold]
#[inline(never)]
fn long_varint(data: &[u8], start: usize) -> Result<(u64, usize), Malformed> {
    let mut value = 0u64;
    for (offset, shift) in (0..70).step_by(7).enumerate() {
        let Some(&byte) = data.get(start + offset) else {
            return Err(Malformed::Truncated(start));
        };
        if shift == 63 && byte > 1 {
            return Err(Malformed::VarintTooLong(start));
        }
        value |= u64::from(byte & 0x7F) << shift;
        if byte < 0x80 {
            return Ok((value, start + offset + 1));
        }
    }
    Err(Malformed::VarintTooLong(start))
}
