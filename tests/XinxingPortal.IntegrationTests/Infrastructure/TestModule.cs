using XinxingPortal.Abstractions.Modules;

// The test assembly declares two features of its own so the enable/disable rules can be exercised on
// real tenants without bending the product's features to fit a test.
[assembly: Module("XinxingPortal.IntegrationTests", "Test module")]
[assembly: Feature("Test.Base", "Test base", Category = "Test", Dependencies = ["XinxingPortal.Core"])]
[assembly: Feature("Test.Dependent", "Test dependent", Category = "Test", Dependencies = ["Test.Base"])]
