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
        // Only for `swift package generate-documentation` (the DocC catalog); nothing links it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.4.0"),
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
        // zlib, for gzip-compressed web archives and HTTP bodies. Only `Inflater` and `Deflater` import it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
        ),
        // libdeflate, which decompresses a whole gzip member in one call, faster than zlib's
        // streaming inflate. Only `GzipMemberDecoder` imports it.
        .systemLibrary(
            name: "CLibdeflate",
            pkgConfig: "libdeflate",
            providers: [.apt(["libdeflate-dev"]), .brew(["libdeflate"])]
        ),
        // The brotli decoder, for pages sent with `Content-Encoding: br`. Only `BrotliDecoder` imports it.
        .systemLibrary(
            name: "CBrotli",
            pkgConfig: "libbrotlidec",
            providers: [.apt(["libbrotli-dev"]), .brew(["brotli"])]
        ),
        // Turns the default theme (`Templates/`) and each target's data (`Resources/`) into Swift
        // source at build time, so an installed `offprint` binary needs no files beside it.
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"]
        ),
        // The layers, each depending only on the ones above it (ARCHITECTURE.md draws them):
        // the model, diagnostics and text support every other target shares.
        .target(name: "OffprintCore"),
        // The Swift wrappers that own the C libraries' objects: zip archives, HTML/XML trees,
        // Markdown trees. Nothing above this layer imports a C module.
        .target(name: "OffprintPlatform", dependencies: ["OffprintCore", "CLibzip", "CCmarkGFM", "CLibxml2", "CZlib", "CLibdeflate", "CBrotli"]),
        // The passes between reading and writing: normalisation, furniture, language, direction.
        .target(
            name: "OffprintCleanup",
            dependencies: ["OffprintCore"],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        // Bytes in, `Article` out: scraped text, Markdown, saved HTML, Offprint JSON and JSON Lines.
        .target(
            name: "OffprintReaders",
            dependencies: ["OffprintCore", "OffprintPlatform", "OffprintCleanup", .product(name: "Yams", package: "Yams")],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        // `Article` in, bytes out: plain text, HTML, JSON, JSON Lines, EPUB, with the theme.
        .target(
            name: "OffprintWriters",
            dependencies: ["OffprintCore", "OffprintPlatform", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Resources"],
            plugins: ["EmbedResourcesPlugin"]
        ),
        // `offprint check`: what EPUBCheck does not check in a book.
        .target(name: "OffprintChecker", dependencies: ["OffprintCore", "OffprintPlatform"]),
        // The library users import: the registry, the converter and the batch engine, with every
        // layer below re-exported.
        .target(
            name: "Offprint",
            dependencies: ["OffprintCore", "OffprintPlatform", "OffprintCleanup", "OffprintReaders", "OffprintWriters", "OffprintChecker"]
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
        .testTarget(name: "OffprintTests", dependencies: ["Offprint", "OffprintCore", "OffprintPlatform", "OffprintCleanup", "OffprintReaders", "OffprintWriters", "OffprintChecker", "TestSupport"], exclude: ["Golden", "Fixtures"]),
        .testTarget(name: "OffprintCLITests", dependencies: ["OffprintCLI", "Offprint", "OffprintCore", "OffprintPlatform", "OffprintReaders", "OffprintWriters", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds optimise across the layer targets as the single module did: without it the
// split cost about 6 % more instructions per article (callgrind, 200 generated articles to all
// four formats: 1.73 G instructions, 1.64 G with it). Path dependencies such as
// Examples/CustomWriter may use such flags.
for target in package.targets where target.type == .regular || target.type == .executable {
    target.swiftSettings = (target.swiftSettings ?? []) + [.unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))]
}
