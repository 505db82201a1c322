using System.Reflection;
using XinxingPortal.Platform.Modules;

namespace XinxingPortal.ArchitectureTests;

/// <summary>
/// What a node does not use it should not load: each assembly costs it resident memory. The runtime loads an assembly
/// when a type that is loaded keeps one of its structs in a field (an async method's locals and a lambda's captures are
/// fields too), and MVC and EF load every type of every module at start. So no module keeps a struct of the Redis
/// client or of a database provider in a field; those stay inside methods that run only when that part is configured.
/// </summary>
public sealed class OptionalAssemblyRulesTests
{
    private static readonly string[] Optional = ["StackExchange.Redis", "Npgsql", "Npgsql.EntityFrameworkCore.PostgreSQL"];

    [Fact]
    public void No_module_type_keeps_a_struct_of_an_optional_assembly_in_a_field()
    {
        var found = (
            from module in ModuleCatalog.Discover().Modules
            from type in module.Assembly.GetTypes()
            from field in type.GetFields(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            let fieldType = Unwrapped(field.FieldType)
            where fieldType.IsValueType && Optional.Contains(fieldType.Assembly.GetName().Name)
            select $"{type.FullName}.{field.Name}: {fieldType.FullName}").ToList();

        Assert.True(found.Count == 0, "Keep these as strings or references and convert where they are used:\n" + string.Join('\n', found));
    }

    // Nullable<RedisValue> and the like load the struct's assembly just the same.
    private static Type Unwrapped(Type type) => Nullable.GetUnderlyingType(type) ?? type;
}
