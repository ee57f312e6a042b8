using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using KneeStrength.Text;

namespace KneeStrength;

// <summary>Checks shared by the model's aggregates.</summary>
internal static class ModelChecks
{
    internal const int MaxCues = 10;
    internal const int MaxCueLength = 200;

    internal static ReadOnlyCollection<Equipment> CheckEquipmentList(IEnumerable<Equipment> equipment, [CallerArgumentExpression(nameof(equipment))] string? paramName = null)
    {
        var copy = Preconditions.CopyNoNulls(equipment, paramName);
        for (int i = 0; i < copy.Count; i++)
        {
            for (int j = 0; j < i; j++)
            {
                Preconditions.CheckArgument(copy[i].Id != copy[j].Id, paramName!, $"Equipment '{copy[i].Id}' is listed twice.");
            }
        }

        return copy;
    }

    internal static ReadOnlyCollection<string> CheckCues(IEnumerable<string> cues, bool allowEmpty, [CallerArgumentExpression(nameof(cues))] string? paramName = null)
    {
        var copy = Preconditions.CopyNoNulls(cues, paramName);
        Preconditions.CheckArgument(
            (allowEmpty || copy.Count > 0) && copy.Count <= MaxCues,
            paramName!,
            string.Create(CultureInfo.InvariantCulture, $"Expected {(allowEmpty ? 0 : 1)} to {MaxCues} cues; there were {copy.Count}."));
        for (int i = 0; i < copy.Count; i++)
        {
            Preconditions.CheckArgument(
                !string.IsNullOrWhiteSpace(copy[i]) && Preconditions.CharacterCount(copy[i]) <= MaxCueLength,
                paramName!,
                string.Create(CultureInfo.InvariantCulture, $"Cue {i} must be 1 to {MaxCueLength} characters and not blank."));
            if (DisplayText.FindProblem(copy[i]) is { } problem)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Cue {i} {problem}; a display text may hold no control, bidirectional or separator characters."),
                    paramName);
            }
        }

        return copy;
    }

    internal static BodyPosition? CheckPosition(BodyPosition? position, [CallerArgumentExpression(nameof(position))] string? paramName = null)
    {
        if (position is BodyPosition p && !Enum.IsDefined(p))
        {
            throw new ArgumentOutOfRangeException(paramName, p, "Unknown body position.");
        }

        return position;
    }

    internal static T CheckEnum<T>(T value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(paramName, value, $"Unknown {typeof(T).Name} value.");
}
