import Foundation
import PackagePlugin

/// Embeds a target's data (`Resources/` inside it) into one generated Swift file, so the built
/// tool carries it. The writers' target also gets the default theme (`Templates/` at the package
/// root), which lives at the top so that users find it and `offprint templates export` copies it.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        var roots = [(prefix: "Resources", url: target.directoryURL.appending(path: "Resources"))]
        if target.name == "OffprintWriters" {
            roots.append((prefix: "Templates", url: context.package.directoryURL.appending(path: "Templates")))
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedResources.swift")
        var arguments = [output.path()]
        var inputs: [URL] = []
        for root in roots {
            arguments += [root.prefix, root.url.path()]
            inputs += files(under: root.url)
        }
        return [
            .buildCommand(
                displayName: "Embedding templates and reader data",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func files(under directory: URL) -> [URL] {
        let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(url)
            }
        }
        return found
    }
}
