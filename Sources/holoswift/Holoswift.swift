import ArgumentParser

/// `holoswift`: the Holoswift conductor's command line.
@main
struct Holoswift: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "holoswift",
    abstract: "A Holochain conductor written in Swift.",
    subcommands: [
      RunCommand.self, SandboxCommand.self, CallCommand.self, HolonsCommand.self, BootstrapServerCommand.self,
      DnaCommand.self, AppCommand.self,
      WebAppCommand.self,
    ])
}
