"""What the customer says right after telling them they are wrong, and the tone of it (001, 002):
criticize, argue, lecture, sarcasm, doubt, an authoritative tone, jargon, premature blame."""

from __future__ import annotations

from game.engine.text import Text, t

# mistake act -> buying style -> (cool, hot)
BLAME: dict[str, dict[str, tuple[Text, Text]]] = {
    "criticize": {
        "demanding": (
            t("I'm not here to be judged.", "我不是来挨你批评的。"),
            t("Don't you criticize me! Fix the problem!", "你还批评起我来了！赶紧解决！"),
        ),
        "influential": (
            t("So I'm the problem now? Wow, thanks a lot!", "这下倒成我的不是了？真是谢谢你啊！"),
            t("How dare you criticize me! I'm the customer here!", "你凭什么批评我！我可是顾客！"),
        ),
        "steady": (
            t(
                "I'm sorry… I didn't think I'd be criticized for this.",
                "对不起……我没想到会因为这个挨批评。",
            ),
            t(
                "I came for help, and you're finding fault with me. That hurts.",
                "我是来求助的，你却挑我的错，太伤人了。",
            ),
        ),
        "compliant": (
            t(
                "Criticism of me is not relevant to the matter at hand.",
                "对我个人的批评，与这件事毫无关系。",
            ),
            t(
                "Your remarks about me are out of line. Keep to the facts.",
                "你对我的评价很不得体，请只谈事实。",
            ),
        ),
    },
    "argue": {
        "demanding": (
            t("I'm not here to argue.", "我不是来跟你吵的。"),
            t("Stop arguing with me! I don't care who's right!", "少跟我争！谁对谁错我不管！"),
        ),
        "influential": (
            t(
                "Great, so now we're debating who's right? That's really not the point!",
                "好嘛，现在还跟我辩谁对谁错？根本不是这个事！",
            ),
            t(
                "You want to argue with me? Fine, I can do this all day!",
                "你要跟我吵是吧？行啊，我奉陪到底！",
            ),
        ),
        "steady": (
            t(
                "I don't want to argue… I only wanted some help.",
                "我不想跟您争……我只是想要点帮助。",
            ),
            t(
                "Please stop arguing with me. I just can't take this.",
                "请你别再跟我争了，我真的受不了。",
            ),
        ),
        "compliant": (
            t(
                "Whether I am right is beside the point. Resolve the matter.",
                "谁对谁错不是重点，请解决问题。",
            ),
            t(
                "You are arguing instead of helping. Your job is not to win.",
                "你在跟我争辩而不是帮忙。你的职责不是赢。",
            ),
        ),
    },
    "lecture": {
        "demanding": (
            t("Spare me the lesson.", "别给我上课。"),
            t("Don't lecture me! I didn't ask for advice!", "少教训我！我没找你要建议！"),
        ),
        "influential": (
            t(
                "Oh please, I don't need a lecture on what I should've done!",
                "拜托，我不需要你教我当初该怎么做！",
            ),
            t(
                "Don't you preach at me! Like you'd have done any better!",
                "少跟我说教！换你来也未必强到哪儿去！",
            ),
        ),
        "steady": (
            t(
                "Maybe I should have… but hearing it now doesn't help me.",
                "也许我当初是该那样……可现在说这个也没用了。",
            ),
            t(
                "I'm not a child. I don't need to be taught like one.",
                "我不是小孩子，用不着你这样教育我。",
            ),
        ),
        "compliant": (
            t(
                "What I should have done is not the issue. What happens now is.",
                "我当初该怎么做不是问题所在，现在怎么办才是。",
            ),
            t(
                "I do not require instruction from you. I require a resolution.",
                "我不需要你来教育我，我需要的是解决办法。",
            ),
        ),
    },
    "sarcasm": {
        "demanding": (
            t("Keep the sarcasm to yourself.", "少挖苦人。"),
            t("Don't you get smart with me!", "你少跟我阴阳怪气！"),
        ),
        "influential": (
            t(
                "Oh, that's funny to you? Glad someone's having a good time.",
                "哟，你觉得好笑是吧？至少有人挺开心的。",
            ),
            t(
                "Oh, very funny! You think mocking me is clever?",
                "真好笑啊！你以为挖苦我很聪明吗！",
            ),
        ),
        "steady": (
            t("That remark… it wasn't very kind.", "您这话……听着挺刺耳的。"),
            t(
                "There's no need to mock me. I'm only asking for help.",
                "用不着这样挖苦我，我只是想求个帮助。",
            ),
        ),
        "compliant": (
            t("Sarcasm is not a professional response.", "冷嘲热讽可不是专业的回应。"),
            t(
                "That remark was sarcastic, and I will be noting it.",
                "你这话明显是在讥讽，我会记下来的。",
            ),
        ),
    },
    "doubt": {
        "demanding": (
            t("I know what happened. Don't doubt me.", "我清楚发生了什么，别怀疑我。"),
            t("So I'm lying now? Unbelievable!", "你意思是我在撒谎？太离谱了！"),
        ),
        "influential": (
            t(
                "What, you think I'm making this up? Why on earth would I?",
                "怎么，你觉得我在编？我编这个图什么呀！",
            ),
            t(
                "I'm telling you exactly what happened and you don't believe me!",
                "我一五一十跟你说了，你居然不信我！",
            ),
        ),
        "steady": (
            t(
                "I'm not making it up… it really did happen that way.",
                "我没有乱说……事情真的就是这样。",
            ),
            t(
                "Please don't doubt me. Why would I lie about this?",
                "请你别怀疑我，我何必在这种事上说谎。",
            ),
        ),
        "compliant": (
            t(
                "My account is accurate. I would not report it otherwise.",
                "我的陈述是准确的，否则我不会提出来。",
            ),
            t(
                "You are questioning my honesty. I find that offensive.",
                "你在质疑我的诚信，这是一种冒犯。",
            ),
        ),
    },
    "authoritative_tone": {
        "demanding": (
            t("Don't talk down to me.", "别用这种口气跟我说话。"),
            t(
                "Who do you think you are, talking to me like that?",
                "你以为你是谁，敢这么跟我说话！",
            ),
        ),
        "influential": (
            t(
                "Whoa, who made you the boss? I'm not one of your staff!",
                "哟，好大的官腔！我又不是你手下的人！",
            ),
            t(
                "Don't you order me around! You're here to serve me!",
                "少对我发号施令！你是为顾客服务的！",
            ),
        ),
        "steady": (
            t(
                "You don't need to speak to me like that… I'm listening.",
                "您不必用这种口气……我在听着呢。",
            ),
            t(
                "You sound like you're giving orders. I only came for help.",
                "你这口气像在下命令，我只是来求助的。",
            ),
        ),
        "compliant": (
            t(
                "Your tone is inappropriate. I expect to be addressed as a customer.",
                "您的语气不合适，请以对待顾客的方式说话。",
            ),
            t(
                "Drop the tone of authority. You are not in charge of me.",
                "收起你那副官腔，你管不着我。",
            ),
        ),
    },
    "jargon": {
        "demanding": (
            t("Skip the jargon. Plain words.", "别拽术语，直接说白话。"),
            t("Stop hiding behind jargon! Say it plainly!", "别拿术语糊弄我！说人话！"),
        ),
        "influential": (
            t(
                "Hold on, that's all gobbledygook to me. Normal words, please!",
                "等下，你这一堆名词我一个都听不懂！",
            ),
            t(
                "Oh, don't bury me in all that technical mumbo jumbo!",
                "别拿那些专业名词来砸我！我听不懂！",
            ),
        ),
        "steady": (
            t("I'm sorry… I didn't understand much of that.", "不好意思……您说的词我大多没听懂。"),
            t(
                "I can't follow all those terms. It makes me feel foolish.",
                "你说的那些词我听不懂，搞得我像个傻子。",
            ),
        ),
        "compliant": (
            t(
                "Please define those terms, or use plain language.",
                "请解释这些术语，或者换成通俗的说法。",
            ),
            t(
                "Technical terms are no substitute for a clear answer.",
                "专业术语代替不了一个明确的答复。",
            ),
        ),
    },
    "premature_blame": {
        "demanding": (
            t("I don't care whose fault it is.", "谁的错我不关心。"),
            t("Stop passing the buck! Own it!", "别推卸责任！你来负责！"),
        ),
        "influential": (
            t(
                "Oh, so it's someone else's fault already? That was quick!",
                "哟，这么快就甩锅给别人了？",
            ),
            t(
                "Don't throw someone else under the bus! I'm talking to you!",
                "别把事全推给别人！现在跟我说话的是你！",
            ),
        ),
        "steady": (
            t(
                "Blaming someone else… that doesn't really help me.",
                "怪到别人头上……对我也没什么帮助。",
            ),
            t(
                "Please don't pass it off onto others. I just want it sorted.",
                "请你别把责任推给别人，我只想把事情解决。",
            ),
        ),
        "compliant": (
            t(
                "The facts have not been established. Assigning blame is premature.",
                "事实还没查清，现在归咎于谁为时过早。",
            ),
            t("Establish the facts before you blame anyone.", "先查清事实，再谈是谁的责任。"),
        ),
    },
}
