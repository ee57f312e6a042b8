// Checks a packed KneeStrength.nupkg / .snupkg pair (or another of the repository's packages, named by PACKAGE_ID):
// the nuspec's metadata, the packed README and XML docs, and the Source Link map inside the portable PDB. Run by
// check-package.sh:
//   dotnet run --file .ci/check-package.cs -- NUPKG SNUPKG VERSION REPOSITORY_URL COMMIT README [PACKAGE_ID]
// Prints every problem it finds and exits 1 if there is any.

// File-based apps default to Native AOT, whose compiler package a plain run does not need.
#:property PublishAot=false

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

if (args.Length is not (6 or 7))
{
    Console.Error.WriteLine("usage: check-package.cs NUPKG SNUPKG VERSION REPOSITORY_URL COMMIT README [PACKAGE_ID]");
    return 2;
}

var (nupkgPath, snupkgPath, version, repositoryUrl, commit, readmePath) =
    (args[0], args[1], args[2], args[3], args[4], args[5]);
string PackageId = args.Length == 7 ? args[6] : "KneeStrength";
const string LibFolder = "lib/net10.0/";
const string GitHubPrefix = "https://github.com/";
var problems = new List<string>();

void Expect(bool condition, string problem)
{
    if (!condition)
    {
        problems.Add(problem);
    }
}

using (var nupkg = ZipFile.OpenRead(nupkgPath))
{
    var nuspecEntry = nupkg.Entries.SingleOrDefault(e => !e.FullName.Contains('/', StringComparison.Ordinal)
        && e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
    if (nuspecEntry is null)
    {
        problems.Add("nupkg: no .nuspec at the package root");
    }
    else
    {
        XElement metadata;
        using (var stream = nuspecEntry.Open())
        {
            var root = XDocument.Load(stream).Root!;
            metadata = root.Element(root.Name.Namespace + "metadata")!;
        }

        XElement? Meta(string name) => metadata.Element(metadata.Name.Namespace + name);
        string Text(string name) => Meta(name)?.Value.Trim() ?? string.Empty;

        Expect(Text("id") == PackageId, $"nuspec: id is '{Text("id")}', expected '{PackageId}'");
        Expect(Text("version") == version, $"nuspec: version is '{Text("version")}', expected '{version}'");
        foreach (var name in new[] { "authors", "description", "tags", "copyright" })
        {
            Expect(Text(name).Length > 0, $"nuspec: <{name}> is missing or empty");
        }

        var license = Meta("license");
        Expect(license?.Attribute("type")?.Value == "expression" && license.Value == "MIT",
            $"nuspec: expected <license type=\"expression\">MIT</license>, found {license}");
        Expect(Text("projectUrl") == repositoryUrl, $"nuspec: projectUrl is '{Text("projectUrl")}', expected '{repositoryUrl}'");
        Expect(Text("readme") == "README.md", $"nuspec: readme is '{Text("readme")}', expected 'README.md'");

        var repository = Meta("repository");
        Console.WriteLine($"nuspec: {repository}");
        Expect(repository?.Attribute("type")?.Value == "git", $"nuspec: repository type is not git: {repository}");
        Expect(repository?.Attribute("url")?.Value == repositoryUrl, $"nuspec: repository url is not '{repositoryUrl}': {repository}");
        Expect(repository?.Attribute("commit")?.Value == commit, $"nuspec: repository commit is not '{commit}': {repository}");
    }

    var packedReadme = nupkg.GetEntry("README.md");
    if (packedReadme is null)
    {
        problems.Add("nupkg: README.md is not at the package root");
    }
    else
    {
        using var stream = packedReadme.Open();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        Expect(reader.ReadToEnd() == File.ReadAllText(readmePath, Encoding.UTF8),
            $"nupkg: README.md differs from {readmePath}");
    }

    Expect(nupkg.GetEntry(LibFolder + PackageId + ".dll") is not null, $"nupkg: {LibFolder}{PackageId}.dll is missing");
    var docs = nupkg.GetEntry(LibFolder + PackageId + ".xml");
    if (docs is null)
    {
        problems.Add($"nupkg: XML docs {LibFolder}{PackageId}.xml are missing");
    }
    else
    {
        using var stream = docs.Open();
        var doc = XDocument.Load(stream).Root!;
        Expect(doc.Name == "doc" && doc.Element("assembly")?.Element("name")?.Value == PackageId,
            $"nupkg: {LibFolder}{PackageId}.xml is not the XML documentation of {PackageId}");
    }
}

// Source Link: the PDB's map must send every document to raw.githubusercontent.com at this commit,
// unless the document's source is embedded in the PDB (generated and untracked files).
var sourceLinkKind = new Guid("CC110556-A091-4D38-9FEC-25AB9A351A6A");
var embeddedSourceKind = new Guid("0E8A571B-6926-466E-B4AD-8AB04611F5FE");
var onGitHub = repositoryUrl.StartsWith(GitHubPrefix, StringComparison.Ordinal);
Expect(onGitHub, $"repository URL '{repositoryUrl}' is not on {GitHubPrefix}");
var expectedTarget = onGitHub
    ? "https://raw.githubusercontent.com/" + repositoryUrl[GitHubPrefix.Length..].TrimEnd('/') + "/" + commit + "/*"
    : string.Empty;

using (var snupkg = ZipFile.OpenRead(snupkgPath))
{
    var pdbEntry = snupkg.GetEntry(LibFolder + PackageId + ".pdb");
    if (pdbEntry is null)
    {
        problems.Add($"snupkg: {LibFolder}{PackageId}.pdb is missing");
    }
    else
    {
        using var pdbBytes = new MemoryStream();
        using (var stream = pdbEntry.Open())
        {
            stream.CopyTo(pdbBytes);
        }

        pdbBytes.Position = 0;
        using var provider = MetadataReaderProvider.FromPortablePdbStream(pdbBytes);
        var pdb = provider.GetMetadataReader();

        var sourceLink = pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Where(info => pdb.GetGuid(info.Kind) == sourceLinkKind)
            .Select(info => Encoding.UTF8.GetString(pdb.GetBlobBytes(info.Value)))
            .SingleOrDefault();

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sourceLink is null)
        {
            problems.Add("pdb: no Source Link map");
        }
        else
        {
            Console.WriteLine($"pdb Source Link: {sourceLink}");
            using var json = JsonDocument.Parse(sourceLink);
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateObject())
            {
                map[document.Name] = document.Value.GetString() ?? string.Empty;
            }

            Expect(map.Count > 0, "pdb: the Source Link map is empty");
            Expect(map.Values.All(target => target == expectedTarget),
                $"pdb: every Source Link target should be '{expectedTarget}'");
        }

        var embedded = pdb.CustomDebugInformation
            .Select(pdb.GetCustomDebugInformation)
            .Where(info => pdb.GetGuid(info.Kind) == embeddedSourceKind)
            .Select(info => (DocumentHandle)info.Parent)
            .ToHashSet();

        var documentCount = 0;
        foreach (var handle in pdb.Documents)
        {
            documentCount++;
            var name = pdb.GetString(pdb.GetDocument(handle).Name);
            var mapped = map.Keys.Any(key => key.EndsWith('*') && name.StartsWith(key[..^1], StringComparison.Ordinal));
            Expect(mapped || embedded.Contains(handle), $"pdb: document '{name}' is neither mapped by Source Link nor embedded");
        }

        Expect(documentCount > 0, "pdb: no documents");
    }
}

foreach (var problem in problems)
{
    Console.WriteLine("check-package: " + problem);
}

Console.WriteLine(problems.Count == 0
    ? $"check-package: {PackageId} {version} is complete"
    : $"check-package: {problems.Count} problem(s)");
return problems.Count == 0 ? 0 : 1;
