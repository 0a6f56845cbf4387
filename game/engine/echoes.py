"""How the customer takes the reply just given: their first words back (model.md §4; 001, 002)."""

# Sources: seed 001 (wrong attitudes to negative emotion: ignore, divert, deny, suppress; what
# grates on the ear: authoritative tone, direct denial, criticism, question back, interrupting;
# service vs technical language; the four restatements and the anger index); seed 002 (common
# complaint-handling mistakes: premature blame, arguing, lecturing, sarcasm, doubt, implying the
# customer is unimportant, meaningless questions, delay, insincerity); seed 000 §三 (the four
# buying styles and the manner each wants). Spoken words only, generic across episodes:
# "cool" is calm to moderately upset, "hot" is furious (5-6 stars).

from __future__ import annotations

from game.engine.text import Text, t

# mistake act -> buying style -> (cool, hot): what they say right after that mistake
MISTAKE_ECHOES: dict[str, dict[str, tuple[Text, Text]]] = {
    "ignore": {
        "demanding": (
            t("You skipped right past what I just said.", "我刚说的话，你当没听见。"),
            t("Are you even listening? I said I'm angry!", "你听见没有？我说我很生气！"),
        ),
        "influential": (
            t(
                "Wow, I pour my heart out and you carry on like nothing.",
                "我跟你倒了半天苦水，你就当没这回事？",
            ),
            t(
                "Hello? I'm upset here, and you act like I said nothing!",
                "喂？我都气成这样了，你就跟没听见一样！",
            ),
        ),
        "steady": (
            t(
                "…I suppose how I feel doesn't really come into it.",
                "……看来我心里怎么想，您并不在意。",
            ),
            t(
                "I told you how this made me feel. You went right past it.",
                "我跟你说了我有多难受，你根本没往心里去。",
            ),
        ),
        "compliant": (
            t("You have not responded to the concern I raised.", "我提出的感受，您完全没有回应。"),
            t(
                "I stated plainly that I am upset. You have ignored it entirely.",
                "我已经明确说了我很不满，你却完全无视。",
            ),
        ),
    },
    "divert": {
        "demanding": (
            t("Don't change the subject.", "别扯开话题。"),
            t("Stop steering away! Stick to what I said!", "别给我岔开！就说我刚才说的！"),
        ),
        "influential": (
            t(
                "Hang on, I was telling you how I feel, and now this?",
                "等等，我在说我有多难受，你怎么扯到别处去了？",
            ),
            t(
                "Oh, nice, just switch topics! You won't get off that easy!",
                "好啊，话题一转就想糊弄过去！没那么容易！",
            ),
        ),
        "steady": (
            t(
                "Oh… we've moved on already. I wasn't quite finished with that.",
                "哦……这就说别的了，我那件还没说完呢。",
            ),
            t(
                "Please don't talk around it. What I said still matters to me.",
                "请你别绕开，我刚才说的对我很重要。",
            ),
        ),
        "compliant": (
            t(
                "That is a different matter. I would like my point addressed first.",
                "这是另一回事。请先回应我刚才提的事。",
            ),
            t(
                "You are changing the subject. I will not accept that.",
                "你在转移话题，这我不接受。",
            ),
        ),
    },
    "deny": {
        "demanding": (
            t("Don't tell me it's nothing.", "别跟我说没事。"),
            t("Nothing to be upset about? Are you serious?", "没什么好生气的？你认真的吗？"),
        ),
        "influential": (
            t(
                "Not a big deal? Easy for you to say, it didn't happen to you!",
                "不是什么大事？说得轻巧，又不是你碰上的！",
            ),
            t(
                "Don't you dare tell me it's no big deal! It is to me!",
                "你还敢说没什么大不了？对我来说就是大事！",
            ),
        ),
        "steady": (
            t(
                "It may seem small to you… it isn't small to me.",
                "在您看来也许是小事……对我可不是。",
            ),
            t("Please don't tell me I shouldn't feel this way.", "请你别跟我说我不该这么难受。"),
        ),
        "compliant": (
            t(
                "Whether I have grounds to be upset is not yours to decide.",
                "我有没有理由不满，不由您来判定。",
            ),
            t(
                "You are dismissing a legitimate complaint. That is unacceptable.",
                "你这是在否定一个正当的投诉，不能接受。",
            ),
        ),
    },
    "suppress": {
        "demanding": (
            t("Don't tell me to calm down.", "别叫我冷静。"),
            t("Calm down? Don't you tell me to calm down!", "冷静？你少叫我冷静！"),
        ),
        "influential": (
            t(
                "Calm down? I'd be calm if someone actually listened to me!",
                "让我冷静？要是有人肯听我说，我早冷静了！",
            ),
            t(
                'Oh, don\'t you "calm down" me! That makes it so much worse!',
                "别跟我来“冷静点”这一套！越说我越火！",
            ),
        ),
        "steady": (
            t(
                "I'm trying to stay calm… being told to doesn't help.",
                "我已经在尽量平静了……您这么说没用。",
            ),
            t(
                "Telling me to calm down just makes me feel worse.",
                "你叫我冷静，我心里只会更难受。",
            ),
        ),
        "compliant": (
            t(
                "I am speaking calmly. Telling me to calm down is inappropriate.",
                "我说话一直很平静，您让我冷静并不恰当。",
            ),
            t(
                "I will not be told how to feel. Address the matter.",
                "我怎么感受轮不到你来管。请处理问题。",
            ),
        ),
    },
    "interrupt": {
        "demanding": (
            t("Let me finish.", "让我说完。"),
            t("Don't cut me off!", "别打断我！"),
        ),
        "influential": (
            t(
                "Whoa, let me finish! I wasn't even halfway through.",
                "哎，让我说完嘛！我才说到一半呢。",
            ),
            t(
                "You keep cutting me off! Let me talk for once!",
                "你老是打断我！就不能让我把话说完！",
            ),
        ),
        "steady": (
            t(
                "Oh… sorry, I hadn't quite finished what I was saying.",
                "哦……不好意思，我话还没说完。",
            ),
            t(
                "Every time I try to speak, you cut in. It hurts.",
                "我每次刚开口，你就打断我，真让人寒心。",
            ),
        ),
        "compliant": (
            t(
                "I had not finished. Please allow me to complete my point.",
                "我还没有说完，请让我把话讲完整。",
            ),
            t(
                "You interrupted me. I expect to be heard in full.",
                "你打断了我。我要求把话完整说完。",
            ),
        ),
    },
    "question_back": {
        "demanding": (
            t("I asked you. Answer first.", "我问的是你。先回答。"),
            t("Don't throw my question back at me! Answer it!", "别把问题抛回给我！回答我！"),
        ),
        "influential": (
            t(
                "Hey, I asked you first! Answering a question with a question? Come on.",
                "喂，是我先问你的！用问题答问题，哪有这样的。",
            ),
            t(
                "Unbelievable! I ask you something and you fire a question back!",
                "真是服了！我问你话，你倒反过来问我！",
            ),
        ),
        "steady": (
            t("I was hoping you could answer that for me…", "我是想请您告诉我的……"),
            t(
                "I asked because I don't know. Please don't turn it back on me.",
                "我就是不知道才问你的，请别反过来问我。",
            ),
        ),
        "compliant": (
            t(
                "That does not answer my question. I asked it first.",
                "这并没有回答我的问题，是我先提问的。",
            ),
            t(
                "Answer the question I asked. Not another question.",
                "请回答我提出的问题，而不是反问我。",
            ),
        ),
    },
    "direct_refusal": {
        "demanding": (
            t('Just "no"? That\'s not an answer.', "就一个“不行”？这不算答复。"),
            t("No? Just like that? Unacceptable!", "不行？就这么一句？不能接受！"),
        ),
        "influential": (
            t(
                'Just "no", like that? You didn\'t even think about it for a second!',
                "就一句“不行”？你连想都没想一下！",
            ),
            t(
                "\"No\"? That's it? You're slamming the door right in my face!",
                "一句“不行”就完了？你这是把门往我脸上摔！",
            ),
        ),
        "steady": (
            t(
                "Oh… just no. I see. I thought there might be some way.",
                "哦……就是不行啊。我还以为总会有办法的。",
            ),
            t(
                "A flat no… I didn't expect to be turned away like that.",
                "就这么一口回绝……我真没想到会被这样打发。",
            ),
        ),
        "compliant": (
            t(
                "A refusal with no reason given is not an adequate response.",
                "没有任何理由的拒绝，不是合格的答复。",
            ),
            t(
                "You refuse without a single reason. I want that on record.",
                "你连一条理由都不给就拒绝，我要求记录在案。",
            ),
        ),
    },
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

# a good move that landed -> buying style -> (cool, hot)
GOOD_ECHOES: dict[str, dict[str, tuple[Text, Text]]] = {
    "rung": {
        "demanding": (
            t("Yes. Exactly.", "对。就是这样。"),
            t("Yes! That's it!", "对！就是这个！"),
        ),
        "influential": (
            t("Oh, yes! That's exactly how it felt, you get it!", "对对对！就是这种感觉，你懂我！"),
            t(
                "Yes! That's it, that's exactly what I've been trying to say!",
                "没错！我憋了半天就是这句话！",
            ),
        ),
        "steady": (
            t("…Yes. That's exactly how I feel.", "……对，就是这样。"),
            t("…Yes. That's it. That's exactly it.", "……是的，你说到我心坎里了。"),
        ),
        "compliant": (
            t("Correct. That is an accurate summary.", "没错，这个概括是准确的。"),
            t("Yes. That is precisely the point.", "对，问题恰恰就在这里。"),
        ),
    },
    "need": {
        "demanding": (
            t("Finally, someone who gets to the point.", "总算有人说到点子上了。"),
            t("Right. That's what matters!", "对！这才是要紧的！"),
        ),
        "influential": (
            t(
                "Oh, thank goodness, that's the thing I really care about!",
                "太好了，这才是我最在乎的事！",
            ),
            t("Now you're talking! That's what I came for!", "这才像话！我就是为这个来的！"),
        ),
        "steady": (
            t(
                "Oh… yes, that is what I was really worried about.",
                "哦……是的，我最担心的就是这个。",
            ),
            t("Yes… that's the part that matters to me most.", "是的……这才是我最在意的。"),
        ),
        "compliant": (
            t("That is what I came for.", "这正是我此行的目的。"),
            t(
                "Good. That addresses the substance of my complaint.",
                "很好，这才触及我投诉的实质。",
            ),
        ),
    },
    "manner": {
        "demanding": (
            t("Good. Go on.", "好。说下去。"),
            t("Short and straight. Good.", "简单直接，这就对了。"),
        ),
        "influential": (
            t(
                "Aw, that's nice. Thank you for being so kind about it.",
                "哎，听你这么说，心里舒服多了。",
            ),
            t("Well… okay, at least you're being nice about it.", "好吧……至少你说话还挺暖心的。"),
        ),
        "steady": (
            t("Thank you… it helps that you're not rushing me.", "谢谢您……您不催我，我安心多了。"),
            t(
                "…Alright. Speaking calmly like that does help a little.",
                "……好吧，你这样慢慢说，我好受一点了。",
            ),
        ),
        "compliant": (
            t("Thank you for being clear.", "谢谢，您说得很清楚。"),
            t("That is precise. I appreciate that.", "这很准确，我认可这一点。"),
        ),
    },
}
