import WasmParser

/// Makes a module's instance state resettable from the host: every mutable global and every table the module
/// defines gets an export (`__holoswift_global_N`, `__holoswift_table_N`) unless it already has one, so a
/// finished instance can be put back exactly as it was after instantiation (see ``PooledInstance``).
///
/// Only the export section changes, and exports are visible to the host alone: the guest runs the same code
/// on the same memory, globals and tables. A module whose state cannot be fully reset — passive data or
/// element segments (their dropped flags are not reachable), or imported globals, tables or memories —
/// gets `nil`, and each of its calls keeps using a brand-new instance.
struct ModuleStateExposure: Sendable {
  /// The module's bytes with the added exports.
  let bytes: [UInt8]
  /// The export names of the module's mutable globals.
  let globals: [String]
  /// The export names of the module's tables.
  let tables: [String]
  /// The export name of its memory.
  let memory: String

  /// Analyses `wasm` and adds the exports, or returns `nil` when instances of it cannot be reset.
  static func expose(_ wasm: [UInt8]) -> ModuleStateExposure? {
    guard let layout = try? Layout(parsing: wasm), let memory = layout.memoryExport,
      let rewritten = addExports(layout.missingExports, to: wasm)
    else { return nil }
    return ModuleStateExposure(
      bytes: rewritten, globals: layout.globalNames, tables: layout.tableNames, memory: memory)
  }

  /// What the analysis learns from one pass of WasmParser over the module.
  private struct Layout {
    var memoryExport: String?
    var globalNames: [String] = []
    var tableNames: [String] = []
    /// Exports to add: (name, kind byte, index).
    var missingExports: [(String, UInt8, UInt32)] = []

    init(parsing wasm: [UInt8]) throws {
      var parser = Parser(bytes: wasm)
      var mutableGlobals: [UInt32] = []
      var tableCount: UInt32 = 0
      var exportedGlobals: [UInt32: String] = [:]
      var exportedTables: [UInt32: String] = [:]
      var resettable = true
      while let payload = try parser.parseNext() {
        switch payload {
        case .importSection(let imports):
          for entry in imports {
            if case .function = entry.descriptor { continue }
            resettable = false
          }
        case .globalSection(let globals):
          for (index, global) in globals.enumerated() where global.type.mutability == .variable {
            mutableGlobals.append(UInt32(index))
          }
        case .tableSection(let tables):
          tableCount = UInt32(tables.count)
        case .exportSection(let exports):
          for export in exports {
            switch export.descriptor {
            case .global(let index): exportedGlobals[index] = export.name
            case .table(let index): exportedTables[index] = export.name
            case .memory(0): memoryExport = export.name
            default: break
            }
          }
        case .dataSection(let segments):
          for segment in segments { if case .passive = segment { resettable = false } }
        case .elementSection(let segments):
          for segment in segments where segment.mode == .passive { resettable = false }
        default:
          break
        }
      }
      guard resettable else {
        memoryExport = nil
        return
      }
      for index in mutableGlobals {
        let name = exportedGlobals[index] ?? "__holoswift_global_\(index)"
        if exportedGlobals[index] == nil { missingExports.append((name, 0x03, index)) }
        globalNames.append(name)
      }
      for index in 0..<tableCount {
        let name = exportedTables[index] ?? "__holoswift_table_\(index)"
        if exportedTables[index] == nil { missingExports.append((name, 0x01, index)) }
        tableNames.append(name)
      }
    }
  }

  /// Appends `exports` to the module's export section (id 7), re-encoding its count and size.
  private static func addExports(_ exports: [(String, UInt8, UInt32)], to wasm: [UInt8]) -> [UInt8]? {
    guard !exports.isEmpty else { return wasm }
    var offset = 8
    while offset < wasm.count {
      let id = wasm[offset]
      guard let (size, sizeEnd) = readULEB(wasm, at: offset + 1), sizeEnd + Int(size) <= wasm.count else { return nil }
      let contentEnd = sizeEnd + Int(size)
      if id == 7 {
        guard let (count, entriesStart) = readULEB(wasm, at: sizeEnd) else { return nil }
        var content: [UInt8] = []
        appendULEB(&content, count + UInt64(exports.count))
        content.append(contentsOf: wasm[entriesStart..<contentEnd])
        for (name, kind, index) in exports {
          appendULEB(&content, UInt64(name.utf8.count))
          content.append(contentsOf: name.utf8)
          content.append(kind)
          appendULEB(&content, UInt64(index))
        }
        var section: [UInt8] = [7]
        appendULEB(&section, UInt64(content.count))
        section.append(contentsOf: content)
        return Array(wasm[..<offset]) + section + Array(wasm[contentEnd...])
      }
      offset = contentEnd
    }
    return nil
  }

  private static func readULEB(_ bytes: [UInt8], at start: Int) -> (UInt64, Int)? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var index = start
    while index < bytes.count, shift < 64 {
      let byte = bytes[index]
      value |= UInt64(byte & 0x7f) << shift
      index += 1
      if byte & 0x80 == 0 { return (value, index) }
      shift += 7
    }
    return nil
  }

  private static func appendULEB(_ bytes: inout [UInt8], _ value: UInt64) {
    var value = value
    repeat {
      var byte = UInt8(value & 0x7f)
      value >>= 7
      if value != 0 { byte |= 0x80 }
      bytes.append(byte)
    } while value != 0
  }
}
