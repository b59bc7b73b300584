import HoloCore

/// GRDB also has a `Record`; in this module the name means Holochain's record.
typealias Record = HoloCore.Record
