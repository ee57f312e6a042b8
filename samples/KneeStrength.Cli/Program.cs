System.Console.WriteLine("knee");
