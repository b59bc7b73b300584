public import ConductorAPI
import Foundation
public import HoloCore
import StateStore

/// What the admin API's `storage_info`, `dump_state` and `dump_conductor_state` report.
extension Conductor {
  /// The size of each DNA's DHT database (with its WAL), and the apps using the DNA.
  public func storageInfo() -> StorageInfo {
    var usedBy: [DnaHash: [String]] = [:]
    for app in apps {
      for cell in app.allCells { usedBy[cell.dnaHash, default: []].append(app.id) }
    }
    let blobs = usedBy.keys.sorted { $0.raw39.lexicographicallyPrecedes($1.raw39) }.map { hash in
      let base = store.root + "/dht/\(hash).sqlite3"
      let size = [base, base + "-wal"].reduce(UInt64(0)) { total, path in
        // A missing file (no write-ahead log right now) holds 0 bytes.
        total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? UInt64) ?? 0)
      }
      return StorageBlob.dna(
        DnaStorageInfo(
          dhtDataSize: size, dhtDataSizeOnDisk: size, dnaHash: hash, usedBy: Array(Set(usedBy[hash] ?? [])).sorted()))
    }
    return StorageInfo(blobs: blobs)
  }

  /// A JSON dump of a running cell (Holochain's `dump_state`): as Holochain writes it, a pair
  /// `[{peer_dump, source_chain_dump, integration_dump}, summary]`. The source chain comes a page at a time:
  /// records after `cursor` (a sequence number, or an action of this chain), at most `limit` (0 is refused), each
  /// with its action hash, type, sequence number, timestamp and entry; the integration dump counts the DNA's ops
  /// by lifecycle. Peers are empty until the network issue.
  public func dumpState(
    _ cellId: CellId, after cursor: SourceChainCursor? = nil, limit: UInt32? = nil
  ) throws(ConductorError) -> String {
    if limit == 0 { throw .invalidAppState("dump_state: limit must be greater than zero") }
    let target = try cell(cellId)
    let records: [Record]
    let ops: [StoredOp]
    do {
      records = try target.sourceChain.query(ChainQueryFilter())
      ops = try target.dht.ops(after: nil, limit: nil)
    } catch {
      throw .state(error)
    }
    var after: UInt32?
    switch cursor {
    case nil: after = nil
    case .sequence(let seq): after = seq
    case .actionHash(let hash):
      guard let record = records.first(where: { $0.actionHash == hash }) else {
        throw .invalidAppState("dump_state: \(hash) is not an action of this chain")
      }
      after = record.action.actionSeq
    }
    var page = records.filter { after == nil || $0.action.actionSeq > after! }
    if let limit { page = Array(page.prefix(Int(limit))) }
    let dumped: [[String: Any]] = page.map { record in
      var item: [String: Any] = [
        "action_address": "\(record.actionHash)", "action_type": record.action.actionType.name,
        "action_seq": Int(record.action.actionSeq), "timestamp": Int(record.action.header.timestamp.microseconds),
      ]
      if let type = record.action.entryType { item["entry_type"] = "\(type)" }
      if let hash = record.action.entryHash { item["entry_address"] = "\(hash)" }
      return item
    }
    let integrated = ops.filter { $0.integratedAt != nil }.count
    let integrationLimbo = ops.filter { $0.integratedAt == nil && $0.validationStatus.isFinal }.count
    let dump: [String: Any] = [
      "peer_dump": ["this_agent": "\(cellId.agent)", "peers": [Any]()],
      "source_chain_dump": ["records": dumped, "published_ops_count": 0],
      "integration_dump": [
        "validation_limbo": ops.count - integrated - integrationLimbo, "integration_limbo": integrationLimbo,
        "integrated": integrated,
      ],
    ]
    // Holochain's `Display` for its JsonDump.
    let summary =
      "--- Cell State Dump Summary ---\nNumber of other peers in p2p store: 0,\n"
      + "Records returned: \(page.count), Ops published: 0\n"
    return Self.json([dump, summary])
  }

  /// A cell's full state (Holochain's `dump_full_state`): its whole source chain and one page of its DNA's DHT
  /// ops — up to `limit` (all when `nil`; 0 is refused, as in Holochain) received after `cursor` — sorted into
  /// validation limbo, integration limbo and integrated. Peers are empty until the network issue.
  public func dumpFullState(
    _ cellId: CellId, after cursor: DhtOpsCursor?, limit: UInt32?
  ) throws(ConductorError) -> FullStateDump {
    if limit == 0 { throw .invalidAppState("dump_full_state: limit must be greater than zero") }
    let target = try cell(cellId)
    var everything = ChainQueryFilter()
    everything.includeEntries = true
    do {
      let records = try target.sourceChain.query(everything)
      let page = try target.dht.ops(
        after: cursor.map { (Timestamp(microseconds: $0.whenReceived), $0.hash) }, limit: limit.map { Int($0) })
      var validation: [ChainOp] = []
      var integration: [ChainOp] = []
      var integrated: [ChainOp] = []
      for stored in page {
        guard let record = try target.dht.record(stored.actionHash),
          let op = ChainOp(
            type: stored.type, signedAction: SignedAction(data: record.action, signature: record.signedAction.signature),
            opEntry: record.entry.entry.map { .present($0) } ?? .hidden)
        else { continue }
        if stored.integratedAt != nil {
          integrated.append(op)
        } else if stored.validationStatus.isFinal {
          integration.append(op)
        } else {
          validation.append(op)
        }
      }
      return FullStateDump(
        sourceChain: records.map {
          SourceChainDumpRecord(
            signature: $0.signedAction.signature, actionAddress: $0.actionHash, action: $0.action, entry: $0.entry.entry)
        },
        publishedOpsCount: 0, validationLimbo: validation, integrationLimbo: integration, integrated: integrated,
        dhtOpsCursor: page.last.map { DhtOpsCursor(whenReceived: $0.storedAt.microseconds, hash: $0.hash) })
    } catch {
      throw .state(error)
    }
  }

  /// A JSON dump of the installed apps and their cells (Holochain's `dump_conductor_state`).
  public func dumpConductorState() -> String {
    var installed: [String: Any] = [:]
    for app in apps {
      installed[app.id] = [
        "agent_key": "\(app.agent)", "status": "\(app.status)",
        "role_assignments": Dictionary(
          uniqueKeysWithValues: app.roleOrder.compactMap { name in
            app.roles[name].map { role in
              (
                name,
                [
                  "base_dna_hash": "\(role.dnaHash)", "is_provisioned": role.isProvisioned,
                  "clone_limit": role.cloneLimit, "clones": role.clones.mapValues { "\($0)" },
                  "disabled_clones": role.disabledClones.mapValues { "\($0)" },
                ] as [String: Any]
              )
            }
          }),
      ] as [String: Any]
    }
    return Self.json(["installed_apps": installed, "running_cells": cellIds.map { "\($0.dnaHash)/\($0.agent)" }.sorted()])
  }

  private static func json(_ value: Any) -> String {
    do {
      return String(decoding: try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    } catch {
      // Built here from strings, numbers, arrays and dictionaries only, which JSONSerialization always writes.
      preconditionFailure("a dump of plain JSON values did not serialize: \(error)")
    }
  }
}
