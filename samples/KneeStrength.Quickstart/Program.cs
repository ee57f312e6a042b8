System.Console.WriteLine("KneeStrength");
