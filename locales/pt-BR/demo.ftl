# Register and glossary: see notifications.ftl.

## herald demo's dashboard page (`herald demo`). $name: a demo user's name.

demo-title = Demonstração do herald
demo-intro = Este é um painel hospedado em outra origem, com a caixa de entrada do herald incorporada: é o sino lá em cima. Abra o sino para ler e arquivar as notificações e seguir os links, ou faça um post falhar e veja a notificação chegar em tempo real.
demo-viewing = Você entrou como { $name }
demo-switch = Trocar para { $name }
demo-fail = Fazer um post falhar
