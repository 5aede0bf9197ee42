using ApprovalTests.Reporters;

// Snapshot mismatches are reported as plain xunit failures: CI has no diff tool to open.
[assembly: UseReporter(typeof(QuietReporter))]
