using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace KneeStrength.Tests.Conventions;

/// <summary>
/// The public types of the KneeStrength assembly, found by reflection so that types added later are held to the
/// same promises without anyone listing them here.
/// </summary>
internal static class PublicTypes
{
    internal static Assembly Assembly { get; } = typeof(Dosage).Assembly;

    /// <summary>
    /// Every exported type, nested public types included, ordered by name. Generic types appear as their open
    /// definitions (<c>ParseResult`1</c>). Compiler-generated types are left out: nobody writes them, so they keep no promises.
    /// </summary>
    internal static IReadOnlyList<Type> All { get; } =
        [.. Assembly.GetExportedTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    internal static IEnumerable<Type> Classes => All.Where(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t));

    internal static IEnumerable<Type> Structs => All.Where(t => t.IsValueType && !t.IsEnum);

    /// <summary>Classes and structs: the types that can hold state.</summary>
    internal static IEnumerable<Type> ClassesAndStructs => Classes.Concat(Structs);

    internal static IEnumerable<Type> Equatable => All.Where(t => EquatableTo(t) is not null);

    /// <summary>The type <paramref name="type"/> implements <c>IEquatable&lt;T&gt;</c> for, preferring itself; null when none.</summary>
    internal static Type? EquatableTo(Type type)
    {
        var targets = type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>))
            .Select(i => i.GetGenericArguments()[0])
            .ToList();
        return targets.FirstOrDefault(t => SameType(t, type)) ?? targets.FirstOrDefault();
    }

    /// <summary>Whether two types are the same, treating a generic definition and its self-instantiation alike.</summary>
    internal static bool SameType(Type left, Type right) =>
        left == right ||
        (left.IsGenericType && right.IsGenericType &&
         left.GetGenericTypeDefinition() == right.GetGenericTypeDefinition() &&
         left.GetGenericArguments().SequenceEqual(right.GetGenericArguments()));

    internal static TheoryData<Type> ToTheoryData(IEnumerable<Type> types)
    {
        var data = new TheoryData<Type>();
        foreach (var type in types)
        {
            data.Add(type);
        }

        return data;
    }
}
