// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "offprint",
    products: [
        .library(name: "Offprint", targets: ["Offprint"]),
        .library(name: "OffprintCLI", targets: ["OffprintCLI"]),
        .executable(name: "offprint", targets: ["offprint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libzip, found with pkg-config. The only Swift code that imports it is `ZipArchive`.
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        // cmark-gfm, the reference CommonMark/GFM parser. Only `MarkdownTree` imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]
        ),
        // libxml2's HTML and XML parsers. Only `LibxmlTree`, `HTMLTree` and `XMLTree` import it.
        .systemLibrary(
            name: "CLibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // Turns the default theme (`Templates/`) and the reader data (`Sources/Offprint/Resources/`)
        // into Swift source at build time, so an installed `offprint` binary needs no files beside it.
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"]
        ),
        .target(
            name: "Offprint",
            dependencies: [
                "CLibzip",
                "CCmarkGFM",
                "CLibxml2",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Yams", package: "Yams"),
            ],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        .target(
            name: "OffprintCLI",
            dependencies: [
                "Offprint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "offprint", dependencies: ["OffprintCLI"]),
        // Helpers both test targets share: temporary folders, processes, the real validators.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "OffprintTests", dependencies: ["Offprint", "TestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "OffprintCLITests", dependencies: ["OffprintCLI", "Offprint", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
