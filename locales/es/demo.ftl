# Register and glossary: see notifications.ftl.

## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = Demo de herald
demo-intro = Este es un panel alojado en otro origen que tiene integrada la bandeja de entrada de herald: la campana de arriba. Ábrela para leer y archivar notificaciones y seguir sus enlaces, o haz que falle una publicación y mira cómo llega la notificación en tiempo real.
demo-viewing = Sesión iniciada como { $name }
demo-switch = Cambiar a { $name }
demo-fail = Hacer que falle una publicación
