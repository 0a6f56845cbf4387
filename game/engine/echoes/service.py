"""What the customer says right after a common service mistake (002, 000 §三): stall, empty
promises, implying they do not matter, meaningless and personal questions, the hard sell,
rambling, rushing, too familiar."""

from __future__ import annotations

from game.engine.text import Text, t

# mistake act -> buying style -> (cool, hot)
SERVICE: dict[str, dict[str, tuple[Text, Text]]] = {
    "stall": {
        "demanding": (
            t("No waiting. Now.", "不等。现在就办。"),
            t("Don't tell me to wait! Do it now!", "别叫我等！马上办！"),
        ),
        "influential": (
            t(
                "Oh no, don't you leave me hanging! Deal with me now!",
                "别呀，别把我晾在这儿！现在就帮我弄！",
            ),
            t(
                '"Just a moment"? Everyone says that, and nothing ever happens!',
                "“稍等一下”？谁都这么说，结果什么都没办！",
            ),
        ),
        "steady": (
            t("Oh… I see. Please don't forget about me, then.", "哦……好吧。那请您别把我忘了。"),
            t(
                "Please don't keep putting me off. I'm worried enough as it is.",
                "请你别再往后拖了，我已经够着急的了。",
            ),
        ),
        "compliant": (
            t(
                "A delay without a time frame is not acceptable.",
                "没有明确时限的拖延，我无法接受。",
            ),
            t('Give me a definite time. Not "a moment".', "给我一个确切的时间，而不是“稍等”。"),
        ),
    },
    "empty_promise": {
        "demanding": (
            t("Promises are cheap.", "空口承诺没用。"),
            t("Don't promise what you can't deliver!", "做不到就别乱许诺！"),
        ),
        "influential": (
            t(
                "Oh, I've heard lovely promises before. Forgive me if I don't buy it.",
                "好听的话我听得多了，这回我可不信了。",
            ),
            t(
                "Stop it! You're just saying whatever gets rid of me!",
                "够了！你就是随口说说，想把我打发走！",
            ),
        ),
        "steady": (
            t("That sounds nice… I only hope it really happens.", "听起来不错……只希望真能做到。"),
            t(
                "Please don't promise things that won't happen. It hurts more later.",
                "做不到的事请你别答应我，到时候更伤心。",
            ),
        ),
        "compliant": (
            t(
                "I will need that commitment in writing, with a name.",
                "这个承诺请书面给出，并写明负责人。",
            ),
            t(
                "That promise has no basis. I will hold you to it regardless.",
                "这承诺毫无依据。但我会让你兑现的。",
            ),
        ),
    },
    "imply_unimportant": {
        "demanding": (
            t("This matters. Treat it that way.", "这事很重要，认真对待。"),
            t("Don't brush me off like I'm nobody!", "别拿我不当回事！"),
        ),
        "influential": (
            t(
                "Oh, thanks, that makes me feel like I don't matter at all.",
                "哎，你这么说，好像我根本无足轻重似的。",
            ),
            t(
                "So I'm just a nobody to you? Well, I matter too!",
                "我在你眼里就是个无名小卒？我也是人！",
            ),
        ),
        "steady": (
            t("I see… I suppose I'm not much of a priority.", "明白了……看来我不算什么要紧的客人。"),
            t("You make me feel like I'm just a bother to you.", "你让我觉得我只是在给你添麻烦。"),
        ),
        "compliant": (
            t(
                "Every customer's case merits due attention. Mine included.",
                "每位顾客的问题都该认真对待，包括我的。",
            ),
            t("You are treating my case as trivial. It is not.", "你把我的事当成小事，它不是。"),
        ),
    },
    "meaningless_question": {
        "demanding": (
            t("Irrelevant. Stick to the problem.", "这不相干。说正事。"),
            t("Stop fishing for my mistakes!", "别想着挑我的错！"),
        ),
        "influential": (
            t(
                "What's that got to do with anything? You're looking for my fault!",
                "这跟我的事有什么关系？你是想找我的茬吧！",
            ),
            t(
                "Oh, I see what you're doing! Digging for something to pin on me!",
                "我看出来了！你就是想在我身上挑毛病！",
            ),
        ),
        "steady": (
            t(
                "I don't quite see how that helps… I hope I did nothing wrong.",
                "我不太明白问这个有什么用……但愿不是我的错。",
            ),
            t(
                "Please stop digging for my mistakes. That isn't why I came.",
                "请别再找我的差错了，我不是为这个来的。",
            ),
        ),
        "compliant": (
            t("That question has no bearing on my complaint.", "这个问题与我的投诉无关。"),
            t(
                "You are looking for grounds to fault me. Address my request.",
                "你是在找我的过错。请处理我的诉求。",
            ),
        ),
    },
    "personal_question": {
        "demanding": (
            t("That's none of your business.", "这不关你的事。"),
            t("My private life is off limits!", "我的私事轮不到你问！"),
        ),
        "influential": (
            t(
                "Whoa, that's a bit personal! What's that got to do with it?",
                "哎哟，这问得也太私人了吧！跟这事有啥关系？",
            ),
            t(
                "Excuse me? How is my personal life any of your concern!",
                "喂！我的私人生活跟你有什么关系！",
            ),
        ),
        "steady": (
            t("I'd… rather not talk about that.", "这个……我还是不太想说。"),
            t(
                "That's private. Please don't ask me things like that.",
                "那是我的隐私，请你别问这种事。",
            ),
        ),
        "compliant": (
            t(
                "That is personal information, and not relevant here.",
                "这属于个人信息，与此事无关。",
            ),
            t("You have no right to ask that. Keep to the case.", "你无权询问这些，请只谈这件事。"),
        ),
    },
    "hard_sell": {
        "demanding": (
            t("I'm not buying. Solve my problem.", "我不买。先解决我的问题。"),
            t("Don't try to sell me anything now!", "都这时候了还推销！"),
        ),
        "influential": (
            t(
                "Oh, come on, you're selling me stuff now? You haven't even heard me out!",
                "不是吧，我话还没说完，你就开始推销了？",
            ),
            t(
                "Unbelievable! I've got a problem and you're trying to make a sale!",
                "太过分了！我这儿出着问题，你还想做买卖！",
            ),
        ),
        "steady": (
            t("Oh… I don't think I need anything new just now.", "哦……我现在不太需要别的东西。"),
            t(
                "Please stop pushing things on me. That isn't what I need.",
                "请你别硬塞东西给我，那不是我要的。",
            ),
        ),
        "compliant": (
            t(
                "I did not ask for a product. Please address my inquiry.",
                "我没有要买任何产品，请回应我的问题。",
            ),
            t("A sales pitch is not a response to a complaint.", "推销产品不是对投诉的回应。"),
        ),
    },
    "ramble": {
        "demanding": (
            t("Get to the point.", "说重点。"),
            t("Enough! Bottom line!", "够了！直接说结果！"),
        ),
        "influential": (
            t(
                "Okay, you lost me somewhere in all that. Short version, please!",
                "好了好了，你绕得我都晕了，说简短点嘛！",
            ),
            t(
                "Stop going round and round! You're wasting my time!",
                "别绕来绕去的！你这是在浪费我时间！",
            ),
        ),
        "steady": (
            t(
                "That was rather a lot… I still didn't hear an answer.",
                "您说了好大一段……我还是没听出答案。",
            ),
            t(
                "Please, all this talk only makes me more anxious.",
                "你说这么一大堆，我心里更没底了。",
            ),
        ),
        "compliant": (
            t(
                "That was lengthy and imprecise. Please summarise the relevant points.",
                "内容冗长且不够准确，请概括要点。",
            ),
            t(
                "Too many words, no substance. State the facts.",
                "话说了一大堆，没有实质。请讲事实。",
            ),
        ),
    },
    "rush": {
        "demanding": (
            t("Don't rush me.", "别催我。"),
            t("Don't hurry me! I'll take what time I need!", "催什么催！该花多久就花多久！"),
        ),
        "influential": (
            t(
                "Hey, what's the rush? Can't wait to get rid of me, huh?",
                "哎，急什么呀？这么想赶我走？",
            ),
            t("Oh, so you just want me gone as fast as possible!", "哦，你就巴不得我赶紧走是吧！"),
        ),
        "steady": (
            t(
                "Please… I need a little time to think about this.",
                "请等等……我需要一点时间想一想。",
            ),
            t("You're hurrying me and it makes me so nervous.", "你这么催我，我心里特别慌。"),
        ),
        "compliant": (
            t(
                "I will not be hurried. I need to consider this properly.",
                "我不会仓促决定，我需要仔细考虑。",
            ),
            t(
                "Pressuring me will not speed this up. It will slow it down.",
                "催促我不会加快进度，只会适得其反。",
            ),
        ),
    },
    "too_familiar": {
        "demanding": (
            t("We're not friends. Keep it professional.", "我们不熟，公事公办。"),
            t("Don't get chummy with me!", "少跟我套近乎！"),
        ),
        "influential": (
            t("Ha, that's a bit much. We only just met!", "哈，这也太自来熟了吧，我们才刚认识！"),
            t(
                "Don't sweet-talk me like we're old pals! I'm angry!",
                "别跟我称兄道弟的！我正火着呢！",
            ),
        ),
        "steady": (
            t(
                "Oh… that's a little too close for me, I'm afraid.",
                "哦……这样有点太亲近了，我不太习惯。",
            ),
            t(
                "Please don't speak to me so familiarly. It makes me uncomfortable.",
                "请别这么随便跟我说话，我很不自在。",
            ),
        ),
        "compliant": (
            t("Please keep this formal. We are not acquainted.", "请保持正式些，我们并不相识。"),
            t("I am not your friend. Address me properly.", "我不是你的朋友，请称呼得体些。"),
        ),
    },
}
