using System.Threading.Tasks;
using KneeStrength.Cli;

return await KneeApp.RunAsync(args).ConfigureAwait(false);
