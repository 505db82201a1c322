using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace XinxingPortal.Platform.Data;

/// <summary>
/// Applies a module's <see cref="IEntityTypeConfiguration{TEntity}"/> classes to a tenant's model, as EF's
/// <c>ApplyConfigurationsFromAssembly</c> does, with two differences that matter on a small node. The classes are found
/// once per process, not once per tenant model. And a type is looked at through its interfaces only: EF asks every
/// type in the assembly for a parameterless constructor first, which reads every constructor's parameters, so it
/// loaded assemblies that only a constructor names (the Redis client on a node without Redis) and kept reflection
/// data for thousands of constructors alive.
/// </summary>
internal static class EntityConfigurations
{
    private static readonly ConcurrentDictionary<Assembly, (Type Entity, Type Configuration)[]> Found = new();

    private static readonly MethodInfo ApplyOne = typeof(ModelBuilder).GetMethods()
        .Single(m => m.Name == nameof(ModelBuilder.ApplyConfiguration)
            && m.GetParameters() is [{ ParameterType: { IsGenericType: true } p }]
            && p.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>));

    public static void Apply(ModelBuilder builder, Assembly assembly)
    {
        foreach (var (entity, configuration) in Found.GetOrAdd(assembly, Find))
        {
            ApplyOne.MakeGenericMethod(entity).Invoke(builder, [Activator.CreateInstance(configuration)]);
        }
    }

    private static (Type, Type)[] Find(Assembly assembly) =>
    [
        .. from type in assembly.GetTypes()
           where type is { IsClass: true, IsAbstract: false, ContainsGenericParameters: false }
           from face in type.GetInterfaces()
           where face.IsGenericType && face.GetGenericTypeDefinition() == typeof(IEntityTypeConfiguration<>)
                 && type.GetConstructor(Type.EmptyTypes) is not null
           orderby type.FullName, face.GenericTypeArguments[0].FullName
           select (face.GenericTypeArguments[0], type),
    ];
}
