## La página de panel de herald demo. $name: el nombre de un usuario de demostración.

demo-title = Demo de herald
demo-intro = Este es un panel alojado en otro origen que integra la bandeja de entrada de herald: es la campana de la parte superior. Ábrela para leer las notificaciones, archivarlas y seguir sus enlaces, o haz que falle una publicación y mira cómo llega la notificación en tiempo real.
demo-viewing = Sesión iniciada como { $name }
demo-switch = Cambiar a { $name }
demo-fail = Hacer que falle una publicación
