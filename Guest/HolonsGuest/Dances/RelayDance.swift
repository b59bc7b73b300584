import HDK
public import HolonsCore

/// `relay`: a dance that starts dances of its own — what guest→guest tests and demos drive. Body
/// `ParameterValues`:
///
/// - `route` (string): comma-separated roles still to visit (`.` is this cell). While it is not empty the dance
///   forwards `relay` with the rest of the route to the first role's `zome` (default `holons`) and answers what
///   comes back. When it is empty, the dance stages a holon with key `key` (and `staged_in`, this DNA's name) in
///   the session's nursery and answers its staged reference — or, with `then` (a standard dance name taking no
///   body, such as `get_all_holons`), runs that dance there and answers what it answers.
/// - `loop_to` (string): instead of a route, forward to this role for ever — an unbounded cycle that only the
///   lineage bound stops.
/// - `write_marker` (bool): before forwarding, save a holon (`marker`, this DNA's name): proof that a branch
///   aborted for its lineage keeps none of its writes.
func relayDance(_ request: DanceRequest, _ context: GuestDanceContext) throws(HolonError) -> DanceResponse {
  guard case .parameterValues(let parameters) = request.body else {
    throw .invalidParameter("relay takes ParameterValues")
  }
  let dnaName = try hdk { () throws(WasmError) in try dnaInfo().name }
  if case .boolean(let write)? = parameters["write_marker"], write.value {
    _ = try hdk { () throws(WasmError) in
      try HolonsStore.create(HolonNode(propertyMap: ["marker": .string(MapString(dnaName))]))
    }
  }
  let zome: String = if case .string(let name)? = parameters["zome"] { name.value } else { "holons" }
  if case .string(let role)? = parameters["loop_to"] {
    return context.initiateDance(request, to: target(role.value), zome: zome)
  }
  var route: [String] = []
  if case .string(let text)? = parameters["route"] {
    route = text.value.split(separator: ",").map { String($0) }.filter { !$0.isEmpty }
  }
  guard let next = route.first else {
    if case .string(let then)? = parameters["then"] {
      guard let handler = StandardDances.handler(named: then.value), then.value != "relay" else {
        throw .notImplemented("no dance named \(then.value) to run at the end of a relay")
      }
      return try handler(DanceRequest(danceName: then), context)
    }
    guard case .string(let key)? = parameters["key"] else { throw .emptyField("key") }
    let staged = try context.transaction.stageNewHolon(
      TransientHolon(properties: [CoreNames.key: .string(key), "staged_in": .string(MapString(dnaName))]))
    return ok(.holonReference(.staged(staged)), "Staged \(key.value) in \(dnaName)")
  }
  var forwarded = parameters
  forwarded["route"] = .string(MapString(route.dropFirst().joined(separator: ",")))
  return context.initiateDance(
    DanceRequest(danceName: "relay", body: .parameterValues(forwarded)), to: target(next), zome: zome)
}

/// A role name as a call target; `.` is this cell.
func target(_ role: String) -> CallTargetCell { role == "." ? .local : .otherRole(role) }
