// Information about the agent, the call, the DNA and the zome, and the host's clock and randomness.

/// The calling agent's initial key and chain head (`agent_info`).
///
/// ```swift
/// let me = try agentInfo().agentInitialPubkey
/// ```
public func agentInfo() throws(WasmError) -> AgentInfo { try HostFn.agentInfo() }

/// Who called, through which function and grant, and the chain head at the start of the call (`call_info`).
///
/// ```swift
/// let caller = try callInfo().provenance
/// ```
public func callInfo() throws(WasmError) -> CallInfo { try HostFn.callInfo() }

/// The DNA's name, hash, modifiers and zome names (`dna_info`, version 2, as Holochain's HDK calls it).
///
/// ```swift
/// let seed = try dnaInfo().modifiers.networkSeed
/// ```
public func dnaInfo() throws(WasmError) -> DnaInfo { try HostFn.dnaInfo2() }

/// The calling zome's name, index, properties, entry defs, externs and types in scope (`zome_info`).
///
/// ```swift
/// let name = try zomeInfo().name
/// ```
public func zomeInfo() throws(WasmError) -> ZomeInfo { try HostFn.zomeInfo() }

/// The host's current time (`sys_time`): microseconds since the UNIX epoch.
///
/// Not deterministic: use it in coordinator zomes, not in validation.
///
/// ```swift
/// let now = try sysTime()
/// ```
public func sysTime() throws(WasmError) -> Timestamp { try HostFn.sysTime() }

/// `count` cryptographically random bytes from the host (`random_bytes`).
///
/// The only randomness a guest has: `SystemRandomNumberGenerator` is deterministic in guests (see
/// hdk_runtime.c).
///
/// ```swift
/// let nonce = try randomBytes(32)
/// ```
public func randomBytes(_ count: UInt32) throws(WasmError) -> [UInt8] { try HostFn.randomBytes(count).bytes }

/// Sends a message to the conductor's log (`trace`). Failures are ignored, as in Holochain's `trace!`.
///
/// ```swift
/// trace("created \(count) entries", level: .debug)
/// ```
public func trace(_ message: String, level: TraceMsg.Level = .trace) {
  try? HostFn.trace(TraceMsg(msg: message, level: level))
}
