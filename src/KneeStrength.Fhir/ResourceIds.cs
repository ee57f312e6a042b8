using System;
using System.Security.Cryptography;
using System.Text;

namespace KneeStrength.Fhir;

// Deterministic ids for a bundle's entries: the same enrolment and journal give the same bundle, byte for byte, so
// golden files and re-sent transactions (conditional creates on the identifiers) stay stable. Name-based UUIDs
// (version 5, SHA-1) under a namespace of our own, as RFC 9562 section 5.5 describes.
internal static class ResourceIds
{
    // A fixed namespace UUID for KneeStrength's FHIR entries (random once, written down here).
    private static readonly byte[] Namespace = Convert.FromHexString("6f1c2a9e4b7d4c0a9a3e5d8b2c71f046");

    public static string Urn(string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        byte[] input = new byte[Namespace.Length + nameBytes.Length];
        Namespace.CopyTo(input, 0);
        nameBytes.CopyTo(input, Namespace.Length);
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version-5 UUIDs; it protects nothing here.
        byte[] hash = SHA1.HashData(input);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        string hex = Convert.ToHexStringLower(hash, 0, 16);
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }
}
