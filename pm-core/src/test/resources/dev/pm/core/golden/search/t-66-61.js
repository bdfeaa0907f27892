pmSearch.shard("66-61",{"factors":[0,1],"failed":[0,9]});
