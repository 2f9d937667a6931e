## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = herald demo
demo-intro = This is a dashboard on another origin with herald’s inbox embedded: the bell at the top. Open it to read, archive and follow the links, or make a post fail and watch the notification arrive live.
demo-viewing = Signed in as { $name }
demo-switch = Switch to { $name }
demo-fail = Make a post fail
