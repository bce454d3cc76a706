using Jixiao.Web;

var builder = WebApplication.CreateBuilder(args);
builder.AddJixiao();
var app = builder.Build();
await app.UseJixiaoAsync();
await app.RunAsync();

/// <summary>The entry point, public so that tests can start the app through WebApplicationFactory.</summary>
public partial class Program;
