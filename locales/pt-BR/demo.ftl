## A página de painel do herald demo. $name: o nome de um usuário de demonstração.

demo-title = Demonstração do herald
demo-intro = Este é um painel hospedado em outra origem, com a caixa de entrada do herald incorporada: é o sino lá em cima. Abra-o para ler e arquivar as notificações e seguir os links, ou faça um post falhar e veja a notificação chegar em tempo real.
demo-viewing = Você entrou como { $name }
demo-switch = Trocar para { $name }
demo-fail = Fazer um post falhar
