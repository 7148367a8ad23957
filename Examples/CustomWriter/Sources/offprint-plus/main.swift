import MarkdownWriter
import Offprint
import OffprintCLI

// The whole offprint command line, with one more format: `--to md`.
OffprintCLI.main(registry: FormatRegistry.standard.adding(writer: MarkdownWriter()))
