// swift-tools-version: 6.1
// libFuzzer targets for Offprint, kept out of the main package so that `swift build` and
// `swift test` never build them. Run one with `Scripts/fuzz TARGET SECONDS` (see README).
import Foundation
import PackageDescription

// libFuzzer without its `main` (SwiftPM gives each executable its own `main`, which hands the
// entry to `LLVMFuzzerRunDriver`); Scripts/fuzz finds it in the toolchain and sets this.
let fuzzerRuntime = ProcessInfo.processInfo.environment["OFFPRINT_FUZZER_RUNTIME"] ?? "-lclang_rt.fuzzer_no_main-x86_64"

let targets = ["FuzzText", "FuzzMarkdown", "FuzzHTML", "FuzzMHTML", "FuzzJSON", "FuzzJSONLines", "FuzzWallabag", "FuzzWARC", "FuzzCheck"]

let package = Package(
    name: "offprint-fuzz",
    dependencies: [.package(name: "offprint", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Offprint", package: "offprint")]),
    ] + targets.map {
        // libFuzzer's runtime is linked into the fuzz targets only; every module, the library's
        // included, is instrumented by the flags Scripts/fuzz passes (address sanitizer and
        // libFuzzer's coverage).
        .executableTarget(
            name: $0, dependencies: ["FuzzSupport"],
            linkerSettings: [.unsafeFlags([fuzzerRuntime, "-lstdc++"])])
    },
    swiftLanguageModes: [.v6]
)
