using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using KneeStrength.Catalog;
using KneeStrength.Text;

namespace KneeStrength.Tests.Conventions;

/// <summary>
/// The promises every public type keeps (after NodaTime's MutabilityTest and ConsistencyTest): sealed or static
/// classes, readonly structs, nothing settable from outside, equality with its operators, and no mutable collection
/// handed out. Each test runs once per type, so a failure names the type that broke the promise.
/// </summary>
public class PublicTypeConventionsTests
{
    private const BindingFlags DeclaredPublic =
        BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>
    /// Public classes that may be abstract, each with the reason. Empty: nothing in the package is meant to be derived from.
    /// </summary>
    private static readonly HashSet<Type> AbstractByDesign =
    [
        // The base of a routine section's entries: closed (a private protected constructor), its kinds sealed.
        typeof(RoutineBlock),
    ];

    /// <summary>
    /// Public types that may be mutable, each with the reason (such as an options type that is validated and copied
    /// when it is consumed, so later changes cannot leak in).
    /// </summary>
    private static readonly HashSet<Type> MutableByDesign =
    [
        // Options of the exports: CalendarWriter and FitWorkoutWriter check and copy them in their constructors
        // (the Write_OptionsChangedAfterwards_DoNotReachTheWriter tests hold them to it).
        typeof(KneeStrength.Export.Calendar.CalendarOptions),
        typeof(KneeStrength.Export.Fit.FitWorkoutOptions),
    ];

    /// <summary>Generic collection types whose contents can be changed through them (or through their elements' slots).</summary>
    private static readonly HashSet<Type> MutableGenericCollections =
    [
        typeof(List<>), typeof(Dictionary<,>), typeof(HashSet<>), typeof(SortedSet<>), typeof(SortedDictionary<,>),
        typeof(SortedList<,>), typeof(LinkedList<>), typeof(Queue<>), typeof(Stack<>), typeof(Collection<>),
        typeof(ObservableCollection<>), typeof(ICollection<>), typeof(IList<>), typeof(ISet<>), typeof(IDictionary<,>),
        typeof(Memory<>), typeof(ArraySegment<>),
    ];

    /// <summary>Collection types that implement a mutable interface but refuse every change.</summary>
    private static readonly HashSet<Type> ReadOnlyGenericCollections =
    [
        typeof(ReadOnlyCollection<>), typeof(ReadOnlyDictionary<,>), typeof(ImmutableArray<>), typeof(ImmutableList<>),
        typeof(ImmutableHashSet<>), typeof(ImmutableSortedSet<>), typeof(ImmutableDictionary<,>),
        typeof(ImmutableSortedDictionary<,>), typeof(ImmutableQueue<>), typeof(ImmutableStack<>),
    ];

    public static TheoryData<Type> Classes => PublicTypes.ToTheoryData(PublicTypes.Classes);

    public static TheoryData<Type> Structs => PublicTypes.ToTheoryData(PublicTypes.Structs);

    public static TheoryData<Type> ClassesAndStructs => PublicTypes.ToTheoryData(PublicTypes.ClassesAndStructs);

    public static TheoryData<Type> EquatableTypes => PublicTypes.ToTheoryData(PublicTypes.Equatable);

    [Fact]
    public void PublicTypes_OfTheModel_AreFound()
    {
        // Guards the discovery itself: if it found nothing (or missed a namespace), every theory below would pass vacuously.
        PublicTypes.All.Should().Contain(
        [
            typeof(Dosage), typeof(Exercise), typeof(ExerciseVariation), typeof(Equipment), typeof(EquipmentSet),
            typeof(Routine), typeof(RoutineItem), typeof(ExerciseCatalog), typeof(Laterality), typeof(RunnersKnee),
            typeof(DosagePattern), typeof(ParseResult<>),
        ]);
        PublicTypes.All.Should().NotContain(t => t.FullName!.Contains("Preconditions", StringComparison.Ordinal));
        PublicTypes.Structs.Should().Contain(typeof(Dosage)).And.NotContain(typeof(Laterality));
        PublicTypes.Equatable.Should().Contain([typeof(Dosage), typeof(Exercise), typeof(EquipmentSet)]);
    }

    [Theory]
    [MemberData(nameof(Classes))]
    public void PublicClass_Always_IsSealedOrStatic(Type type)
    {
        // Static classes are abstract and sealed in metadata, so IsSealed covers them.
        (type.IsSealed || AbstractByDesign.Contains(type)).Should().BeTrue(
            $"{type} is public and not sealed: seal it, or list it in {nameof(AbstractByDesign)} with the reason");
    }

    [Theory]
    [MemberData(nameof(Structs))]
    public void PublicStruct_Always_IsReadOnly(Type type)
    {
        type.IsDefined(typeof(IsReadOnlyAttribute), inherit: false).Should().BeTrue($"{type} is a public struct, so it must be 'readonly struct'");
    }

    [Theory]
    [MemberData(nameof(ClassesAndStructs))]
    public void PublicType_Always_HasNoPublicSetters(Type type)
    {
        if (MutableByDesign.Contains(type))
        {
            return;
        }

        // 'init' counts as settable: object initializers and 'with' assign one property at a time, so they can
        // bypass the constructor's checks and break rules that span properties (a rest needs two or more sets).
        var settable = type.GetProperties(DeclaredPublic)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.Name);
        settable.Should().BeEmpty($"{type} is immutable, so no property may have a public set or init accessor");
    }

    [Theory]
    [MemberData(nameof(ClassesAndStructs))]
    public void PublicType_Always_HasNoWritablePublicFields(Type type)
    {
        if (MutableByDesign.Contains(type))
        {
            return;
        }

        var writable = type.GetFields(DeclaredPublic)
            .Where(f => !f.IsInitOnly && !f.IsLiteral)
            .Select(f => f.Name);
        writable.Should().BeEmpty($"{type} is immutable, so its public fields must be readonly or const");
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void EquatableType_Always_OverridesObjectEquality(Type type)
    {
        var equals = type.GetMethod(nameof(Equals), DeclaredPublic, [typeof(object)]);
        var hash = type.GetMethod(nameof(GetHashCode), DeclaredPublic, Type.EmptyTypes);
        equals.Should().NotBeNull($"{type} implements IEquatable<T>, so it must override Equals(object)");
        hash.Should().NotBeNull($"{type} implements IEquatable<T>, so it must override GetHashCode()");
        equals!.GetBaseDefinition().DeclaringType.Should().Be<object>( "Equals(object) must override object's, not hide it");
        hash!.GetBaseDefinition().DeclaringType.Should().Be<object>( "GetHashCode() must override object's, not hide it");
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void EquatableType_Always_DeclaresEqualityOperators(Type type)
    {
        var operand = PublicTypes.EquatableTo(type)!;
        foreach (string name in new[] { "op_Equality", "op_Inequality" })
        {
            var op = type.GetMethods(DeclaredPublic)
                .SingleOrDefault(m => m.Name == name && m.GetParameters() is [var l, var r] &&
                    PublicTypes.SameType(l.ParameterType, operand) && PublicTypes.SameType(r.ParameterType, operand));
            op.Should().NotBeNull($"{type} implements IEquatable<{operand.Name}>, so it must declare {name}({operand.Name}, {operand.Name})");
            op!.ReturnType.Should().Be<bool>();
        }
    }

    [Theory]
    [MemberData(nameof(ClassesAndStructs))]
    public void PublicType_Always_ExposesNoMutableCollection(Type type)
    {
        var exposed = type.GetProperties(DeclaredPublic).Select(p => (p.Name, Type: p.PropertyType))
            .Concat(type.GetFields(DeclaredPublic).Select(f => (f.Name, Type: f.FieldType)))
            .Where(member => IsMutableCollection(member.Type))
            .Select(member => $"{member.Name} ({member.Type})");
        exposed.Should().BeEmpty($"{type} must expose collections as IReadOnlyList<T>, IReadOnlyCollection<T> or IEnumerable<T>");
    }

    [Theory]
    [InlineData(typeof(int[]), true)]
    [InlineData(typeof(List<string>), true)]
    [InlineData(typeof(IList<string>), true)]
    [InlineData(typeof(ICollection<string>), true)]
    [InlineData(typeof(ISet<string>), true)]
    [InlineData(typeof(Dictionary<string, int>), true)]
    [InlineData(typeof(IDictionary<string, int>), true)]
    [InlineData(typeof(IList), true)]
    [InlineData(typeof(ArrayList), true)]
    [InlineData(typeof(Memory<int>), true)]
    [InlineData(typeof(IReadOnlyList<List<int>>), true)]
    [InlineData(typeof(IReadOnlyDictionary<string, int[]>), true)]
    [InlineData(typeof(IReadOnlyList<string>), false)]
    [InlineData(typeof(IReadOnlyCollection<Equipment>), false)]
    [InlineData(typeof(IEnumerable<int>), false)]
    [InlineData(typeof(IReadOnlyDictionary<string, int>), false)]
    [InlineData(typeof(ReadOnlyCollection<int>), false)]
    [InlineData(typeof(ImmutableArray<int>), false)]
    [InlineData(typeof(string), false)]
    [InlineData(typeof(TimeSpan?), false)]
    [InlineData(typeof(EquipmentSet), false)]
    public void IsMutableCollection_KnownTypes_Classified(Type type, bool expected)
    {
        // The rule the convention test relies on must itself be right, or it would pass everything.
        IsMutableCollection(type).Should().Be(expected);
    }

    private static bool IsMutableCollection(Type type)
    {
        if (type.IsArray)
        {
            return true;
        }

        if (type.IsGenericType)
        {
            var definition = type.GetGenericTypeDefinition();
            if (MutableGenericCollections.Contains(definition))
            {
                return true;
            }

            // IReadOnlyList<List<int>> hands out mutable lists too.
            if (type.GetGenericArguments().Any(IsMutableCollection))
            {
                return true;
            }

            if (ReadOnlyGenericCollections.Contains(definition))
            {
                return false;
            }
        }

        // Anything else that can be changed through a collection interface: a custom List<T> subclass, ArrayList, IList.
        return typeof(IList).IsAssignableFrom(type) || typeof(IDictionary).IsAssignableFrom(type) ||
            type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollection<>));
    }
}
