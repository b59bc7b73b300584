import Foundation
public import HoloCore
public import Ribosome
public import StateStore
import Synchronization

/// One installed cell: an agent running a DNA, with its ribosome, source chain and the DNA's DHT store.
public final class Cell: Sendable {
  public let id: CellId
  /// The app and role the cell belongs to.
  public let appId: String
  public let roleName: String
  /// The clone id (`role.N`) when the cell is a clone.
  public let cloneId: String?
  public let layout: DnaLayout
  let ribosome: Ribosome
  let chain: SourceChain
  /// The cell's source chain, for reading.
  public var sourceChain: SourceChain { chain }
  let dht: DhtStore
  /// The DNA's cache: what this node fetched from other authorities.
  let cache: DhtStore
  /// Held while `init` runs, so that concurrent first calls wait for one run.
  let initLock = NSLock()
  private let initialized = Atomic<Bool>(false)

  init(
    id: CellId, appId: String, roleName: String, cloneId: String?, layout: DnaLayout, ribosome: Ribosome, chain: SourceChain,
    dht: DhtStore, cache: DhtStore
  ) {
    self.id = id
    self.appId = appId
    self.roleName = roleName
    self.cloneId = cloneId
    self.layout = layout
    self.ribosome = ribosome
    self.chain = chain
    self.dht = dht
    self.cache = cache
  }

  /// Whether `init` has completed (an `InitZomesComplete` action is on the chain).
  var isInitialized: Bool {
    get { initialized.load(ordering: .acquiring) }
  }

  func markInitialized() { initialized.store(true, ordering: .releasing) }
}
