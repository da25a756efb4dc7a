#!/usr/bin/env python3
"""Dump the ECMA-335 metadata of an assembly as JSON, using the dnfile package (not CILKit).

Usage:
    python3 Utilities/dnfile_dump.py <assembly> [-o out.json]

This is an independent cross-check for CILKit's Swift metadata reader: the Swift tests read
the same assembly and compare against this JSON. Output shape:

    {
      "tables": {"<Table>": {"columns": ["Col", ...], "rows": [[v, ...], ...]}, ...},
      "strings": {"<Table>.<Column>": ["decoded #Strings value per row", ...], ...},
      "blobs": {"<Table>.<Column>": ["lowercase hex of the blob per row", ...], ...},
      "userStrings": [[offset, "decoded string"], ...],
      "guids": ["xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", ...]
    }

* Table and column names, and their order, come from Utilities/tables.def.
* Every table with at least one row is present, with all its rows. Each cell is the raw
  integer stored in the table: the heap offset for string/blob columns, the 1-based #GUID
  index for guid columns, the raw coded-index value (row << tagbits | tag) for coded
  indices, the 1-based row number for simple indices, the constant for u8/u16/u32.
* "strings": for every string column of every present table, all rows, decoded as UTF-8
  (ill-formed sequences become U+FFFD).
* "blobs": for every blob column of every present table, the first 500 rows.
* "userStrings": the first 300 entries of #US in heap order, starting with the empty entry
  at offset 0 and stopping before trailing zero padding. The string is the UTF-16LE payload
  without the trailing flag byte (ill-formed code units become U+FFFD).
* "guids": every entry of #GUID in order, in .NET's Guid.ToString() form.

The raw values come from dnfile's per-row raw structures (`row.struct`); this script never
resolves indices itself. As a guard against dnfile mis-sizing a column, every table's row
size is recomputed independently from tables.def and the ECMA-335 II.24.2.6 sizing rules and
must agree with dnfile's, and dnfile's field order must match tables.def.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import dnfile
from dnfile import base as dn_base
from dnfile import mdtable as dn_mdtable

TABLES_DEF = Path(__file__).resolve().parent / "tables.def"

BLOB_ROW_LIMIT = 500
USER_STRING_LIMIT = 300

# tables.def table name -> dnfile table name, where they differ.
TABLE_NAME_MAP = {
    "FieldRVA": "FieldRva",
}

# (tables.def table, tables.def column) -> dnfile raw struct field name, where it differs from
# the default rule: "<Column>" for u8/u16/u32, "<Column>_StringIndex" / "_GuidIndex" /
# "_BlobIndex" for heap indices, "<Column>_CodedIndex" for coded indices, "<Column>_Index"
# for simple indices.
COLUMN_NAME_MAP = {
    ("MethodDef", "RVA"): "Rva",
    ("FieldRVA", "RVA"): "Rva",
    ("FieldLayout", "Field"): "Field_CodedIndex",  # a simple index that dnfile names _CodedIndex
    ("AssemblyRef", "PublicKeyOrToken"): "PublicKey_BlobIndex",
    ("AssemblyRefOS", "OSPlatformID"): "OSPlatformId",
    ("EventPtr", "Event"): "Event_Index",          # the two Ptr rows are supplied below
    ("PropertyPtr", "Property"): "Property_Index",
}

HEAP_SUFFIX = {"string": "_StringIndex", "guid": "_GuidIndex", "blob": "_BlobIndex"}


# ---------------------------------------------------------------------------------------------
# tables.def

class Column:
    def __init__(self, name: str, kind: str):
        self.name = name
        self.kind = kind  # u8 u16 u32 string guid blob =Table or a coded index name


class Table:
    def __init__(self, number: int, name: str):
        self.number = number
        self.name = name
        self.columns: list[Column] = []


def parse_tables_def(path: Path) -> tuple[list[Table], dict[str, tuple[int, list[str]]]]:
    tables: list[Table] = []
    coded: dict[str, tuple[int, list[str]]] = {}
    for line_no, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        f = line.split()
        if f[0] == "CODED":
            coded[f[1]] = (int(f[2]), f[3:])
        elif f[0] == "TABLE":
            tables.append(Table(int(f[1], 16), f[2]))
        else:
            if not tables:
                raise SystemExit(f"{path.name}:{line_no}: column outside a TABLE")
            for col in f:
                name, _, kind = col.partition(":")
                if not kind:
                    raise SystemExit(f"{path.name}:{line_no}: bad column {col!r}")
                tables[-1].columns.append(Column(name, kind))
    for t in tables:
        for c in t.columns:
            if c.kind in ("u8", "u16", "u32", "string", "guid", "blob") or c.kind.startswith("="):
                continue
            if c.kind not in coded:
                raise SystemExit(f"{path.name}: {t.name}.{c.name}: unknown kind {c.kind!r}")
    return tables, coded


def dnfile_field(table: Table, col: Column) -> str:
    if (table.name, col.name) in COLUMN_NAME_MAP:
        return COLUMN_NAME_MAP[(table.name, col.name)]
    if col.kind in ("u8", "u16", "u32"):
        return col.name
    if col.kind in HEAP_SUFFIX:
        return col.name + HEAP_SUFFIX[col.kind]
    if col.kind.startswith("="):
        return col.name + "_Index"
    return col.name + "_CodedIndex"


# ---------------------------------------------------------------------------------------------
# dnfile fixes (dnfile 0.18): rows for EventPtr/PropertyPtr are missing, AssemblyProcessor and
# AssemblyOS rows are abstract (no _compute_format), and index sizing uses `<= 2^(16-bits)`
# where ECMA-335 II.24.2.6 says `< 2^(16-bits)`. Without these, an assembly containing one of
# those tables (or a table with exactly 2^16 >> bits rows) cannot be read at all.

def _patch_dnfile() -> None:
    class EventPtrRow(dn_base.MDTableRow):
        _struct_class = dn_base.RowStruct
        _struct_asis = {"Event_Index": "Event"}

        def _compute_format(self):
            return ("CLR_METADATA_TABLE_EVENTPTR",
                    (self._clr_coded_index_struct_size(0, ("Event",)) + ",Event_Index",))

    class PropertyPtrRow(dn_base.MDTableRow):
        _struct_class = dn_base.RowStruct
        _struct_asis = {"Property_Index": "Property"}

        def _compute_format(self):
            return ("CLR_METADATA_TABLE_PROPERTYPTR",
                    (self._clr_coded_index_struct_size(0, ("Property",)) + ",Property_Index",))

    for table_cls, row_cls in ((dn_mdtable.EventPtr, EventPtrRow),
                               (dn_mdtable.PropertyPtr, PropertyPtrRow)):
        if not hasattr(table_cls, "_row_class"):
            table_cls._row_class = row_cls

    for row_cls in (dn_mdtable.AssemblyProcessorRow, dn_mdtable.AssemblyOSRow):
        if getattr(row_cls, "__abstractmethods__", None):
            row_cls._compute_format = lambda self: self.__class__._format
            row_cls.__abstractmethods__ = frozenset()

    def coded_index_size(self, tag_bits, table_names):
        max_rows = 0
        for name in table_names:
            if not name:
                continue
            count = self._tables_rowcnt[dnfile.enums.MetadataTables[name].value]
            max_rows = max(max_rows, count or 0)
        return "H" if max_rows < 2 ** (16 - tag_bits) else "I"

    dn_base.MDTableRow._clr_coded_index_struct_size = coded_index_size


# ---------------------------------------------------------------------------------------------
# independent row-size computation (ECMA-335 II.24.2.6)

def expected_row_size(table: Table, coded: dict[str, tuple[int, list[str]]],
                      row_counts: dict[str, int], heap_sizes: int) -> int:
    size = 0
    for c in table.columns:
        if c.kind == "u8":
            size += 1
        elif c.kind == "u16":
            size += 2
        elif c.kind == "u32":
            size += 4
        elif c.kind == "string":
            size += 4 if heap_sizes & 0x01 else 2
        elif c.kind == "guid":
            size += 4 if heap_sizes & 0x02 else 2
        elif c.kind == "blob":
            size += 4 if heap_sizes & 0x04 else 2
        elif c.kind.startswith("="):
            size += 2 if row_counts.get(c.kind[1:], 0) < 2 ** 16 else 4
        else:
            bits, targets = coded[c.kind]
            most = max((row_counts.get(t, 0) for t in targets if t != "-"), default=0)
            size += 2 if most < 2 ** (16 - bits) else 4
    return size


# ---------------------------------------------------------------------------------------------
# heaps

def heap_bytes(heap) -> bytes:
    if heap is None:
        return b""
    data = heap.__data__
    return bytes(data) if data is not None else b""


def read_compressed(data: bytes, pos: int) -> tuple[int, int]:
    """ECMA-335 II.23.2 compressed unsigned integer at pos -> (value, header length)."""
    b0 = data[pos]
    if b0 & 0x80 == 0:
        return b0, 1
    if b0 & 0xC0 == 0x80:
        return ((b0 & 0x3F) << 8) | data[pos + 1], 2
    if b0 & 0xE0 == 0xC0:
        return (((b0 & 0x1F) << 24) | (data[pos + 1] << 16) | (data[pos + 2] << 8)
                | data[pos + 3]), 4
    raise ValueError(f"bad compressed integer lead byte 0x{b0:02x} at offset {pos}")


def decode_string(strings: bytes, offset: int) -> str | None:
    if offset >= len(strings) and offset != 0:
        return None
    end = strings.find(b"\x00", offset)
    if end < 0:
        end = len(strings)
    return strings[offset:end].decode("utf-8", errors="replace")


def user_strings(pe, limit: int) -> list[list]:
    data = heap_bytes(pe.net.user_strings)
    out: list[list] = []
    pos = 0
    while pos < len(data) and len(out) < limit:
        if pos > 0 and not any(data[pos:]):
            break  # trailing padding
        length, header = read_compressed(data, pos)
        payload = data[pos + header: pos + header + length]
        if length % 2 == 1:
            payload = payload[:-1]  # the "has special characters" flag byte
        out.append([pos, payload.decode("utf-16-le", errors="replace")])
        pos += header + length
    return out


def guids(pe) -> list[str]:
    heap = pe.net.guids
    if heap is None:
        return []
    return [str(g) for g in heap]


# ---------------------------------------------------------------------------------------------

def dump(path: str) -> dict:
    _patch_dnfile()
    logging.getLogger("dnfile").setLevel(logging.ERROR)
    pe = dnfile.dnPE(path, clr_lazy_load=True)
    if pe.net is None or pe.net.mdtables is None:
        raise SystemExit(f"{path}: dnfile found no .NET metadata")
    md = pe.net.mdtables
    tables, coded = parse_tables_def(TABLES_DEF)
    by_number = {t.number: t for t in tables}

    # row counts, from the header's Valid mask as dnfile read it
    row_counts: dict[str, int] = {}
    for number, dn_table in md.tables.items():
        if number not in by_number:
            raise SystemExit(f"{path}: table 0x{number:02X} is not in tables.def")
        row_counts[by_number[number].name] = dn_table.num_rows
    heap_sizes = md.header.HeapOffsetSizes

    strings_heap = heap_bytes(pe.net.strings)
    blob_heap = pe.net.blobs

    result_tables: dict[str, dict] = {}
    result_strings: dict[str, list] = {}
    result_blobs: dict[str, list] = {}

    for table in tables:
        dn_table = md.tables.get(table.number)
        if dn_table is None or dn_table.num_rows == 0:
            continue
        dn_name = TABLE_NAME_MAP.get(table.name, table.name)
        if dn_table.name != dn_name:
            raise SystemExit(f"table 0x{table.number:02X}: dnfile calls it {dn_table.name}, "
                             f"expected {dn_name}")
        want = expected_row_size(table, coded, row_counts, heap_sizes)
        if dn_table.row_size != want:
            raise SystemExit(f"{table.name}: dnfile row size {dn_table.row_size}, ECMA-335 says {want}")
        if len(dn_table.rows) != dn_table.num_rows:
            raise SystemExit(f"{table.name}: dnfile parsed {len(dn_table.rows)} of "
                             f"{dn_table.num_rows} rows")

        fields = [dnfile_field(table, c) for c in table.columns]
        rows: list[list[int]] = []
        for i in range(dn_table.num_rows):
            row = dn_table.rows[i]
            if i == 0:
                dn_fields = [spec.split(",", 1)[1] for spec in row._format[1]]
                if dn_fields != fields:
                    raise SystemExit(f"{table.name}: dnfile fields {dn_fields} do not match "
                                     f"tables.def columns mapped to {fields}")
            s = row.struct
            rows.append([getattr(s, f) for f in fields])
        result_tables[table.name] = {"columns": [c.name for c in table.columns], "rows": rows}

        for ci, c in enumerate(table.columns):
            key = f"{table.name}.{c.name}"
            if c.kind == "string":
                result_strings[key] = [decode_string(strings_heap, r[ci]) for r in rows]
            elif c.kind == "blob":
                values = []
                for r in rows[:BLOB_ROW_LIMIT]:
                    blob = blob_heap.get_bytes(r[ci]) if blob_heap is not None else None
                    values.append(None if blob is None else blob.hex())
                result_blobs[key] = values

    return {
        "tables": result_tables,
        "strings": result_strings,
        "blobs": result_blobs,
        "userStrings": user_strings(pe, USER_STRING_LIMIT),
        "guids": guids(pe),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description="Dump ECMA-335 metadata tables as JSON using dnfile.")
    ap.add_argument("assembly")
    ap.add_argument("-o", "--output", help="output file (default: stdout)")
    args = ap.parse_args()
    result = dump(args.assembly)
    text = json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n"
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.buffer.write(text.encode("utf-8"))
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
