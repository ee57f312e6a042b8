using System;
using KneeStrength.Serialization;

namespace KneeStrength.Tests.Serialization;

public class KneeJsonMediaTests
{
    private static string Catalog(string media) => $$"""
        {
          "formatVersion": 1,
          "exercises": [
            {
              "id": "wall-sit",
              "name": "Wall sit",
              "category": "strength",
              "position": "standing",
              "perSide": false,
              "cues": ["Slide down the wall."],
              "equipment": ["wall"],
              "media": {{media}}
            }
          ]
        }
        """;

    [Fact]
    public void Catalog_WithMedia_RoundTripsInOrder()
    {
        var exercise = TestModel.Exercise(media:
        [
            new ExerciseMedia(new Uri("pictures/lunge.svg", UriKind.Relative), "image/svg+xml", "A person in a lunge.", "CC0-1.0"),
            new ExerciseMedia(new Uri("https://clinic.example/lunge.mp4"), "video/mp4", "A video of a lunge."),
        ]);
        var catalog = new ExerciseCatalog([exercise]);

        string json = KneeJson.WriteCatalog(catalog);
        var read = KneeJson.ReadCatalog(json);

        json.Should().Contain("\"mediaType\": \"image/svg+xml\"").And.Contain("\"alternativeText\": \"A person in a lunge.\"");
        read.Exercises[0].Media.Should().Equal(exercise.Media);
        read.Should().Be(catalog);
    }

    [Fact]
    public void Catalog_WithoutMedia_WritesNoMediaMember() =>
        KneeJson.WriteCatalog(new ExerciseCatalog([TestModel.Exercise()])).Should().NotContain("\"media\"");

    [Theory]
    [InlineData("""[{ "uri": "javascript:alert(1)", "mediaType": "image/png", "alternativeText": "A." }]""", "$.exercises[0].media[0].uri", "may not use the 'javascript:' scheme")]
    [InlineData("""[{ "uri": "p.png", "mediaType": "text/html", "alternativeText": "A." }]""", "$.exercises[0].media[0].mediaType", "not a picture's or video's media type")]
    [InlineData("""[{ "uri": "p.png", "mediaType": "image/png", "alternativeText": " " }]""", "$.exercises[0].media[0].alternativeText", "must not be empty")]
    [InlineData("""[{ "uri": "p.png", "mediaType": "image/png" }]""", "$.exercises[0].media[0]", "Missing required member 'alternativeText'")]
    [InlineData("""[{ "uri": "p.png", "mediaType": "image/png", "alternativeText": "A." }, { "uri": "p.png", "mediaType": "image/svg+xml", "alternativeText": "B." }]""", "$.exercises[0].media", "listed twice")]
    [InlineData("""[null]""", "$.exercises[0].media[0]", "null")]
    public void Catalog_BadMedia_NamesThePath(string media, string path, string problem)
    {
        var act = () => KneeJson.ReadCatalog(Catalog(media));

        act.Should().Throw<KneeJsonException>().Where(e => e.Path == path && e.Problem.Contains(problem, StringComparison.Ordinal));
    }
}
