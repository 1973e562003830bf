namespace Spoke.Agents.Confirmation;

/// <summary>Confirmation through the application's callback (<c>HubSpotAgentToolsOptions.ConfirmWrite</c>); without one, nobody can be asked.</summary>
internal sealed class CallbackConfirmationChannel : IConfirmationChannel
{
    private readonly Func<WriteConfirmationRequest, CancellationToken, ValueTask<ConfirmationAnswer>>? _confirm;

    public CallbackConfirmationChannel(Func<WriteConfirmationRequest, CancellationToken, ValueTask<ConfirmationAnswer>>? confirm)
    {
        _confirm = confirm;
    }

    public async ValueTask<ConfirmationReply> AskAsync(WriteConfirmationRequest request, CancellationToken cancellationToken)
    {
        if (_confirm is null)
        {
            return new(ConfirmationAnswer.Unavailable, "the application set no confirmation callback (HubSpotAgentToolsOptions.ConfirmWrite), so no person can be asked");
        }

        var answer = await _confirm(request, cancellationToken).ConfigureAwait(false);
        return Enum.IsDefined(answer)
            ? new(answer, answer == ConfirmationAnswer.Unavailable ? "the application's confirmation callback could not ask a person" : null)
            : new(ConfirmationAnswer.Unavailable, $"the application's confirmation callback answered {(int)answer}, which is not a ConfirmationAnswer");
    }
}
