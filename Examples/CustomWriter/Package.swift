// swift-tools-version: 6.1
import PackageDescription

// A package that adds its own output format to Offprint without forking it:
// a minimal Markdown note writer (`--to note`), registered beside the built-in ones, and an `offprint-plus`
// command that is the full `offprint` command line with that writer added.
let package = Package(
    name: "offprint-custom-writer",
    dependencies: [
        .package(name: "offprint", path: "../.."),
    ],
    targets: [
        .target(name: "NoteWriter", dependencies: [.product(name: "Offprint", package: "offprint")]),
        .executableTarget(
            name: "offprint-plus",
            dependencies: ["NoteWriter", .product(name: "OffprintCLI", package: "offprint")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
