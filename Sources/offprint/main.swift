import OffprintCLI

OffprintCLI.main()
