using System;
using System.Collections.Generic;
using System.IO;
using KneeStrength.Export.Calendar;
using KneeStrength.Serialization;
using KneeStrength.Tracking;
using Microsoft.Data.Sqlite;

namespace KneeStrength.Web;

/// <summary>A runner's profile: what they have, how long they usually have, which side first, and when they run again.</summary>
public sealed record Profile(string Id, EquipmentSet Equipment, int? Minutes, Side FirstSide, DateOnly Start, DateOnly? BackToRunning);

/// <summary>
/// Profiles, their logs and the revision of their last calendar export in one SQLite file: WAL mode, full synchronous writes, the schema made on start. Each
/// write is one transaction, committed before the request is answered, so an answered write survives a kill.
/// </summary>
public sealed class ProfileStore
{
    private readonly string _connectionString;

    public ProfileStore(string path)
    {
        string? folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true }.ToString();
        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(
            connection,
            """
            CREATE TABLE IF NOT EXISTS profiles (
              id TEXT PRIMARY KEY,
              equipment TEXT NOT NULL,
              minutes INTEGER NULL,
              first_side TEXT NOT NULL,
              start TEXT NOT NULL,
              back_to_running TEXT NULL);
            CREATE TABLE IF NOT EXISTS logs (
              profile_id TEXT NOT NULL REFERENCES profiles(id),
              date TEXT NOT NULL,
              json TEXT NOT NULL,
              PRIMARY KEY (profile_id, date));
            CREATE TABLE IF NOT EXISTS calendar_revisions (
              profile_id TEXT PRIMARY KEY REFERENCES profiles(id),
              revision TEXT NOT NULL);
            """);
    }

    public void Add(Profile profile) => Write(
        profile,
        "INSERT INTO profiles (id, equipment, minutes, first_side, start, back_to_running) VALUES ($id, $equipment, $minutes, $side, $start, $back);");

    /// <summary>Changes a profile's settings (its id and start stay), in one transaction.</summary>
    public void Update(Profile profile) => Write(
        profile,
        "UPDATE profiles SET equipment = $equipment, minutes = $minutes, first_side = $side, back_to_running = $back WHERE id = $id;");

    // One statement over a profile's columns, in one transaction; every column is bound, each statement uses its own.
    private void Write(Profile profile, string sql)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$id", profile.Id);
        command.Parameters.AddWithValue("$equipment", profile.Equipment.ToString());
        command.Parameters.AddWithValue("$minutes", (object?)profile.Minutes ?? DBNull.Value);
        command.Parameters.AddWithValue("$side", Api.SideName(profile.FirstSide));
        command.Parameters.AddWithValue("$start", Api.Date(profile.Start));
        command.Parameters.AddWithValue("$back", profile.BackToRunning is DateOnly back ? Api.Date(back) : DBNull.Value);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>The revision of the profile's last calendar export, or <see cref="CalendarRevision.None"/> before the first.</summary>
    public CalendarRevision CalendarRevision(string profileId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT revision FROM calendar_revisions WHERE profile_id = $id;";
        command.Parameters.AddWithValue("$id", profileId);
        return command.ExecuteScalar() is string text ? Export.Calendar.CalendarRevision.Parse(text) : Export.Calendar.CalendarRevision.None;
    }

    /// <summary>Keeps the revision of a calendar export, replacing the one before, in one transaction.</summary>
    public void SaveCalendarRevision(string profileId, CalendarRevision revision)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO calendar_revisions (profile_id, revision) VALUES ($id, $revision);";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$revision", revision.ToString());
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public Profile? Find(string id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT equipment, minutes, first_side, start, back_to_running FROM profiles WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        return new Profile(
            id,
            EquipmentSet.Parse(reader.GetString(0)).Value,
            reader.IsDBNull(1) ? null : reader.GetInt32(1),
            Api.ParseSide(reader.GetString(2)) ?? throw new InvalidDataException($"Profile {id} has no first side."),
            StoredDate(reader.GetString(3)),
            reader.IsDBNull(4) ? null : StoredDate(reader.GetString(4)));
    }

    /// <summary>Stores a log, replacing the profile's log of that day, in one transaction.</summary>
    public void Save(string profileId, SessionLog log)
    {
        using var connection = Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO logs (profile_id, date, json) VALUES ($id, $date, $json);";
        command.Parameters.AddWithValue("$id", profileId);
        command.Parameters.AddWithValue("$date", Api.Date(log.Date));
        command.Parameters.AddWithValue("$json", KneeJson.WriteSessionLogLine(log));
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    public Journal Journal(string profileId)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM logs WHERE profile_id = $id ORDER BY date;";
        command.Parameters.AddWithValue("$id", profileId);
        using var reader = command.ExecuteReader();
        var logs = new List<SessionLog>();
        while (reader.Read())
        {
            logs.Add(KneeJson.ReadSessionLog(reader.GetString(0)));
        }

        return new Journal(logs);
    }

    private static DateOnly StoredDate(string text) =>
        Api.TryDate(text, out var date) ? date : throw new InvalidDataException($"The store holds a date that is not YYYY-MM-DD: {text}.");

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
